package ma.tadamon.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import ma.tadamon.catalog.Batches;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.catalog.DemoCatalogIds;
import ma.tadamon.catalog.NewCredential;
import ma.tadamon.catalog.NewProduct;
import ma.tadamon.catalog.NewVariant;
import ma.tadamon.catalog.Packaging;
import ma.tadamon.catalog.ProductStatus;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.Unit;
import ma.tadamon.identity.AccountIdentifier;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.NewAccount;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.demo.DemoData;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products of the twelve demo actors (with the variants of {@link DemoCatalogIds}, their ids,
 * barcodes and prices, which the sales side relies on), lots for traceability, labels in every
 * state (verified, pending, expired) and the label verifier's account.
 */
@Component
class CatalogDemoData implements DemoData {

    static final String VERIFIER = "verifier@tadamon.ma";

    private final Products products;
    private final Batches batches;
    private final Credentials credentials;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final String password;

    CatalogDemoData(
            Products products,
            Batches batches,
            Credentials credentials,
            Accounts accounts,
            PasswordEncoder encoder,
            @Value("${tadamon.demo.password:tadamon-demo}") String password) {
        this.products = products;
        this.batches = batches;
        this.credentials = credentials;
        this.accounts = accounts;
        this.encoder = encoder;
        this.password = password;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void load() {
        if (accounts.findByIdentifier(AccountIdentifier.parse(VERIFIER)).isEmpty()) {
            accounts.create(
                    new NewAccount(
                            "مدققة العلامات", VERIFIER, null, "ar", LabelQueueController.LABEL_VERIFIER, null, null),
                    encoder.encode(password));
        }
        if (products.find(DemoCatalogIds.product("tifawin-argan-oil")).isPresent()) {
            return;
        }
        UUID tifawin = DemoPartyIds.COOP_TIFAWIN;
        UUID honey = DemoPartyIds.of("coop-nahl-taounate");
        UUID dates = DemoPartyIds.of("coop-tmour-taghjijt");
        UUID couscous = DemoPartyIds.of("coop-couscous-smara");
        UUID cactus = DemoPartyIds.of("coop-amal-drargua");
        UUID asrir = DemoPartyIds.of("coop-asrir-tissage");
        UUID olive = DemoPartyIds.of("coop-zitoun-karia");

        UUID arganOil = product(
                tifawin,
                "tifawin-argan-oil",
                "ARGAN",
                Unit.ML,
                "زيت أركان غذائي",
                "Huile d’argane alimentaire",
                "زيت أركان محمص معصور على البارد، من نساء أورير.",
                "Huile d’argane torréfiée pressée à froid par les femmes d’Aourir.");
        variant(
                arganOil,
                DemoCatalogIds.TIFAWIN_ARGAN_OIL_250,
                "250 مل",
                "250 ml",
                "250",
                Packaging.BOTTLE,
                1,
                "120.00");
        variant(
                arganOil,
                DemoCatalogIds.variant("tifawin-argan-oil-500"),
                "500 مل",
                "500 ml",
                "500",
                Packaging.BOTTLE,
                0,
                "220.00");
        UUID arganCosmetic = product(
                tifawin,
                "tifawin-argan-cosmetic",
                "ARGAN",
                Unit.ML,
                "زيت أركان تجميلي",
                "Huile d’argane cosmétique",
                "زيت أركان غير محمص للبشرة والشعر.",
                "Huile d’argane non torréfiée pour la peau et les cheveux.");
        variant(
                arganCosmetic,
                DemoCatalogIds.TIFAWIN_ARGAN_COSMETIC_100,
                "100 مل",
                "100 ml",
                "100",
                Packaging.BOTTLE,
                2,
                "90.00");
        UUID amlou = product(
                tifawin,
                "tifawin-amlou",
                "ARGAN",
                Unit.G,
                "أملو باللوز والأركان",
                "Amlou aux amandes et à l’argane",
                "لوز محمص وزيت أركان وعسل.",
                "Amandes grillées, huile d’argane et miel.");
        variant(amlou, DemoCatalogIds.TIFAWIN_AMLOU_250, "250 غ", "250 g", "250", Packaging.JAR, 3, "65.00");
        UUID datesProduct = product(
                dates,
                "taghjijt-dates-majhoul",
                "DATES",
                Unit.KG,
                "تمر المجهول",
                "Dattes Majhoul",
                "تمور واحة تغجيجت، منتقاة ومعبأة يدويا.",
                "Dattes de l’oasis de Taghjijt, triées et conditionnées à la main.");
        variant(datesProduct, DemoCatalogIds.DATES_MAJHOUL_1KG, "1 كغ", "1 kg", "1", Packaging.BOX, 4, "80.00");
        UUID honeyProduct = product(
                honey,
                "taounate-honey-thyme",
                "HONEY",
                Unit.G,
                "عسل الزعتر",
                "Miel de thym",
                "عسل الزعتر من تلال الريف.",
                "Miel de thym des collines du Rif.");
        variant(honeyProduct, DemoCatalogIds.HONEY_THYME_500, "500 غ", "500 g", "500", Packaging.JAR, 5, "150.00");
        UUID couscousProduct = product(
                couscous,
                "smara-couscous-barley",
                "COUSCOUS",
                Unit.KG,
                "كسكس الشعير",
                "Couscous d’orge",
                "كسكس مفتول باليد.",
                "Couscous d’orge roulé à la main.");
        variant(couscousProduct, DemoCatalogIds.COUSCOUS_BARLEY_1KG, "1 كغ", "1 kg", "1", Packaging.BAG, 6, "35.00");
        UUID cactusOil = product(
                cactus,
                "drargua-cactus-seed-oil",
                "CACTUS",
                Unit.ML,
                "زيت بذور الصبار",
                "Huile de pépins de figue de Barbarie",
                "زيت تجميلي نادر معصور على البارد.",
                "Huile cosmétique rare pressée à froid.");
        variant(cactusOil, DemoCatalogIds.CACTUS_SEED_OIL_30, "30 مل", "30 ml", "30", Packaging.BOTTLE, 7, "250.00");
        UUID cushion = product(
                asrir,
                "asrir-woven-cushion",
                "WEAVING",
                Unit.PIECE,
                "وسادة منسوجة",
                "Coussin tissé",
                "وسادة من الصوف منسوجة على الدرازة.",
                "Coussin en laine tissé au métier par les femmes d’Asrir.");
        variant(
                cushion,
                DemoCatalogIds.ASRIR_WOVEN_CUSHION,
                "45 × 45 سم",
                "45 × 45 cm",
                null,
                Packaging.NONE,
                8,
                "380.00");
        UUID rug = product(
                asrir,
                "asrir-rug",
                "WEAVING",
                Unit.PIECE,
                "زربية الواحة",
                "Tapis de l’oasis",
                "زربية صوفية بألوان طبيعية.",
                "Tapis en laine aux teintures naturelles.");
        variant(
                rug,
                DemoCatalogIds.variant("asrir-rug-150"),
                "150 × 100 سم",
                "150 × 100 cm",
                null,
                Packaging.ROLL,
                0,
                "1450.00");
        simple(
                DemoPartyIds.of("coop-tine-tissa"),
                "tissa-dried-figs",
                "FIGS",
                Unit.G,
                "تين مجفف",
                "Figues sèches",
                "تين تيسة المجفف تحت الشمس.",
                "Figues de Tissa séchées au soleil.",
                "500",
                Packaging.BAG,
                "45.00");
        simple(
                DemoPartyIds.of("coop-pam-ghafsai"),
                "ghafsai-rosemary",
                "PAM",
                Unit.G,
                "إكليل الجبل المجفف",
                "Romarin séché",
                "أعشاب مجففة في الظل.",
                "Romarin séché à l’ombre.",
                "100",
                Packaging.SACHET,
                "25.00");
        UUID oliveOil = simple(
                olive,
                "karia-olive-oil",
                "OLIVE_OIL",
                Unit.L,
                "زيت زيتون بكر ممتاز",
                "Huile d’olive vierge extra",
                "معصور على البارد.",
                "Pressée à froid.",
                "1",
                Packaging.BOTTLE,
                "75.00");
        simple(
                DemoPartyIds.of("tpe-menuiserie-beni-mellal"),
                "beni-mellal-cedar-box",
                "CARPENTRY",
                Unit.PIECE,
                "علبة من خشب الأرز",
                "Boîte en bois de cèdre",
                "علبة منحوتة يدويا.",
                "Boîte sculptée à la main.",
                null,
                Packaging.NONE,
                "220.00");
        simple(
                DemoPartyIds.of("ae-couture-guelmim"),
                "guelmim-melhfa",
                "SEWING",
                Unit.PIECE,
                "ملحفة",
                "Melhfa",
                "ملحفة مخيطة على المقاس.",
                "Melhfa cousue sur mesure.",
                null,
                Packaging.NONE,
                "300.00");
        simple(
                DemoPartyIds.of("assoc-ifrane-tourisme"),
                "ifrane-stay",
                "SOLIDARITY_TOURISM",
                Unit.NIGHT,
                "ليلة عند الساكنة",
                "Nuit chez l’habitant",
                "مبيت وفطور وعشاء.",
                "Nuit, petit-déjeuner et dîner.",
                null,
                Packaging.NONE,
                "350.00");

        LocalDate today = LocalDate.now();
        batches.add(
                arganOil,
                "ARG-2026-01",
                today.minusDays(40),
                today.plusMonths(18),
                new BigDecimal("120"),
                "عصرة الخريف",
                "Pressage d’automne");
        batches.add(
                honeyProduct, "MIEL-T-01", today.minusDays(90), today.plusYears(2), new BigDecimal("80"), null, null);

        verified(tifawin, null, "IGP", "IGP-ARGANE-2009-001", today.minusYears(3), today.plusYears(2));
        for (UUID food : new UUID[] {tifawin, honey, dates, couscous, cactus}) {
            verified(
                    food,
                    null,
                    "ONSSA_AUTHORISATION",
                    "AS-" + Math.abs(food.hashCode() % 100000),
                    today.minusYears(1),
                    today.plusYears(4));
        }
        credentials.declare(
                DemoCatalogIds.product("asrir-maroc-fait-main"),
                asrir,
                new NewCredential("MAROC_FAIT_MAIN", cushion, null, "MFM-2026-118", today.minusDays(10), null),
                null);
        verified(olive, oliveOil, "ORGANIC", "BIO-2020-77", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
    }

    private void verified(
            UUID actor, @Nullable UUID product, String type, String number, LocalDate from, LocalDate to) {
        UUID id = credentials.declare(
                DemoCatalogIds.product("credential:" + type + ":" + number),
                actor,
                new NewCredential(type, product, null, number, from, to),
                null);
        credentials.verify(id, null);
    }

    private UUID product(
            UUID actor, String key, String chain, Unit unit, String ar, String fr, String descAr, String descFr) {
        return products.create(
                DemoCatalogIds.product(key),
                actor,
                new NewProduct(
                        new LocalizedText(ar, fr, null),
                        new LocalizedText(descAr, descFr, null),
                        chain,
                        unit,
                        ProductStatus.ACTIVE));
    }

    private void variant(
            UUID product,
            UUID id,
            String ar,
            String fr,
            @Nullable String quantity,
            Packaging packaging,
            int barcode,
            String price) {
        products.addVariant(
                id,
                product,
                new NewVariant(
                        new LocalizedText(ar, fr, null),
                        quantity == null ? null : new BigDecimal(quantity),
                        packaging,
                        barcode == 0 ? null : DemoCatalogIds.barcode(barcode),
                        new BigDecimal(price)));
    }

    private UUID simple(
            UUID actor,
            String key,
            String chain,
            Unit unit,
            String ar,
            String fr,
            String descAr,
            String descFr,
            @Nullable String quantity,
            Packaging packaging,
            String price) {
        UUID product = product(actor, key, chain, unit, ar, fr, descAr, descFr);
        String size = quantity == null ? "" : quantity + " " + unit.name().toLowerCase(java.util.Locale.ROOT);
        variant(product, DemoCatalogIds.variant(key), size, size, quantity, packaging, 0, price);
        return product;
    }
}
