package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import ma.tadamon.fairs.DemoFairIds;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.fairs.NewEdition;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.demo.DemoData;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.MemberRole;
import ma.tadamon.registry.Members;
import ma.tadamon.registry.NewActor;
import ma.tadamon.registry.NewMember;
import ma.tadamon.sales.Locations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seeds' mobile markets: Agadir's first edition (29 Dec 2025 – 4 Jan 2026, Place Al Amal,
 * 150 exhibitors on 4,000 m²), Taounate's second (19–26 Dec 2025, open to other regions, with a
 * solidarity store corner), Agadir's second with its call open, and a Tiznit edition running this
 * week so that the stall app and the live dashboard have something to show. Agadir's 150
 * exhibitors need 150 actors: the registry's demo holds a dozen, so 140 small exhibitors of the
 * Souss-Massa region are registered here (deterministic names, members and communes).
 */
@Component
class FairsDemoData implements DemoData {

    static final UUID TIZNIT_1 = DemoFairIds.of("tiznit-1");
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final String CONSENT = "Registre des membres de la coopérative (loi 112-12) / سجل الأعضاء";
    private static final String[][] CHAINS = {
        {"ARGAN", "أركان", "argan"},
        {"HONEY", "العسل", "miel"},
        {"SAFFRON", "الزعفران", "safran"},
        {"DATES", "التمور", "dattes"},
        {"CACTUS", "الصبار", "cactus"},
        {"PAM", "النباتات العطرية", "plantes aromatiques"},
        {"COUSCOUS", "الكسكس", "couscous"},
        {"CARPETS", "الزرابي", "tapis"},
        {"POTTERY", "الفخار", "poterie"},
        {"LEATHER", "الجلد", "cuir"},
        {"SEWING", "الخياطة", "couture"},
        {"WEAVING", "النسيج", "tissage"},
        {"SOLIDARITY_TOURISM", "السياحة التضامنية", "tourisme solidaire"},
        {"OLIVE_OIL", "زيت الزيتون", "huile d’olive"}
    };
    private static final String[][] NAMES = {
        {"أكلو", "Aglou"}, {"النور", "Nour"}, {"تودرت", "Toudert"}, {"أسافو", "Assafou"}, {"تافوكت", "Tafoukt"},
        {"إيمان", "Imane"}, {"الوفاء", "Al Wafae"}, {"تيليلي", "Tilelli"}, {"أمود", "Amoud"}, {"الخير", "Al Khair"}
    };

    private final Editions editions;
    private final Exhibitors exhibitors;
    private final Actors actors;
    private final Members members;
    private final Territories territories;
    private final Locations locations;
    private final JdbcClient jdbc;
    private final ma.tadamon.sales.StockJournal stock;

    FairsDemoData(
            Editions editions,
            Exhibitors exhibitors,
            Actors actors,
            Members members,
            Territories territories,
            Locations locations,
            JdbcClient jdbc,
            ma.tadamon.sales.StockJournal stock) {
        this.stock = stock;
        this.editions = editions;
        this.exhibitors = exhibitors;
        this.actors = actors;
        this.members = members;
        this.territories = territories;
        this.locations = locations;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional
    public void load() {
        if (editions.find(DemoFairIds.AGADIR_1).isPresent()) {
            return;
        }
        long soussMassa = territories.byCode("09").orElseThrow().id();
        long agadir = territories.byCode("09.001.01.01").orElseThrow().id();
        long fesMeknes = territories.byCode("03").orElseThrow().id();

        // Agadir, 1st edition: 150 exhibitors, closed.
        editions.create(
                DemoFairIds.AGADIR_1,
                new NewEdition(
                        new LocalizedText(
                                "السوق المتنقل لمنتجات الاقتصاد الاجتماعي والتضامني – أكادير",
                                "Marché itinérant des produits de l’ESS – Agadir",
                                "Mobile market of SSE products – Agadir"),
                        1,
                        agadir,
                        new LocalizedText("ساحة الأمل، أكادير", "Place Al Amal, Agadir", "Al Amal Square, Agadir"),
                        LocalDate.of(2025, 12, 29),
                        LocalDate.of(2026, 1, 4),
                        LocalTime.of(10, 0),
                        LocalTime.of(22, 0),
                        4000,
                        new LocalizedText(null, null, null),
                        Instant.parse("2025-12-01T23:00:00Z"),
                        false,
                        150,
                        new Edition.Quotas(
                                new BigDecimal("0.40"), new BigDecimal("0.20"), new BigDecimal("0.35"), null)));
        organisers(DemoFairIds.AGADIR_1, true);
        advance(DemoFairIds.AGADIR_1, EditionStatus.ALLOCATION);
        List<UUID> agadirExhibitors = new ArrayList<>();
        agadirExhibitors.add(DemoPartyIds.COOP_TIFAWIN);
        agadirExhibitors.add(DemoPartyIds.of("coop-amal-drargua"));
        agadirExhibitors.addAll(smallExhibitors(soussMassa, 148));
        admit(DemoFairIds.AGADIR_1, agadirExhibitors, LocalDate.of(2025, 11, 20));
        advance(DemoFairIds.AGADIR_1, EditionStatus.CLOSED);

        // Taounate, 2nd edition: open to other regions, a solidarity store corner; closed.
        editions.create(
                DemoFairIds.TAOUNATE_2,
                new NewEdition(
                        new LocalizedText(
                                "السوق المتنقل للاقتصاد الاجتماعي والتضامني – تاونات، الدورة الثانية",
                                "Marché itinérant de l’ESS – Taounate, 2e édition",
                                "SSE mobile market – Taounate, 2nd edition"),
                        2,
                        territories.byCode("03.531.01.05").map(Territory::id).orElse(fesMeknes),
                        new LocalizedText(
                                "بجانب المسجد الأعظم، تاونات",
                                "À côté de la grande mosquée, Taounate",
                                "Next to the great mosque, Taounate"),
                        LocalDate.of(2025, 12, 19),
                        LocalDate.of(2025, 12, 26),
                        LocalTime.of(10, 0),
                        LocalTime.of(21, 0),
                        1500,
                        new LocalizedText(
                                "في الإنتاج متعاونون وفي الشراء متضامنون",
                                "Coopérants dans la production, solidaires dans l’achat",
                                "Cooperating in production, in solidarity when buying"),
                        Instant.parse("2025-11-30T23:00:00Z"),
                        true,
                        40,
                        new Edition.Quotas(
                                new BigDecimal("0.30"), new BigDecimal("0.20"), null, new BigDecimal("0.10"))));
        editions.addParty(DemoFairIds.TAOUNATE_2, DemoPartyIds.of("region-fes-meknes"), "ORGANISER");
        editions.addParty(DemoFairIds.TAOUNATE_2, DemoPartyIds.of("ministry-sse"), "ORGANISER");
        editions.addParty(DemoFairIds.TAOUNATE_2, DemoPartyIds.of("province-taounate"), "CO_ORGANISER");
        editions.addParty(DemoFairIds.TAOUNATE_2, DemoPartyIds.of("indh"), "FUNDER");
        editions.addParty(DemoFairIds.TAOUNATE_2, DemoPartyIds.of("odco"), "PARTNER");
        advance(DemoFairIds.TAOUNATE_2, EditionStatus.ALLOCATION);
        admit(
                DemoFairIds.TAOUNATE_2,
                List.of(
                        DemoPartyIds.of("coop-nahl-taounate"),
                        DemoPartyIds.of("coop-tine-tissa"),
                        DemoPartyIds.of("coop-pam-ghafsai"),
                        DemoPartyIds.of("coop-zitoun-karia"),
                        DemoPartyIds.of("coop-asrir-tissage"),
                        DemoPartyIds.of("tpe-menuiserie-beni-mellal"),
                        DemoPartyIds.COOP_TIFAWIN,
                        DemoPartyIds.of("coop-tmour-taghjijt")),
                LocalDate.of(2025, 12, 5));
        corner(DemoFairIds.TAOUNATE_2, "ركن المتجر التضامني – تاونات", "Coin boutique solidaire – Taounate", null);
        advance(DemoFairIds.TAOUNATE_2, EditionStatus.CLOSED);

        // Agadir, 2nd edition: the call for exhibitors is open.
        editions.create(
                DemoFairIds.AGADIR_2,
                new NewEdition(
                        new LocalizedText(
                                "السوق المتنقل لمنتجات الاقتصاد الاجتماعي والتضامني – أكادير، الدورة الثانية",
                                "Marché itinérant des produits de l’ESS – Agadir, 2e édition",
                                "Mobile market of SSE products – Agadir, 2nd edition"),
                        2,
                        agadir,
                        new LocalizedText("ساحة الأمل، أكادير", "Place Al Amal, Agadir", "Al Amal Square, Agadir"),
                        LocalDate.of(2027, 4, 10),
                        LocalDate.of(2027, 4, 18),
                        LocalTime.of(10, 0),
                        LocalTime.of(22, 0),
                        4000,
                        new LocalizedText(null, null, null),
                        Instant.parse("2027-03-01T23:00:00Z"),
                        true,
                        120,
                        new Edition.Quotas(
                                new BigDecimal("0.40"),
                                new BigDecimal("0.20"),
                                new BigDecimal("0.30"),
                                new BigDecimal("0.10"))));
        organisers(DemoFairIds.AGADIR_2, false);
        advance(DemoFairIds.AGADIR_2, EditionStatus.CALL_OPEN);

        // Tiznit, 1st edition: running this week, with the store corner of the Souss-Massa solidarity store.
        LocalDate today = LocalDate.now(MOROCCO);
        editions.create(
                TIZNIT_1,
                new NewEdition(
                        new LocalizedText(
                                "السوق المتنقل للاقتصاد الاجتماعي والتضامني – تيزنيت",
                                "Marché itinérant de l’ESS – Tiznit",
                                "SSE mobile market – Tiznit"),
                        1,
                        territories.byCode("09.581.01.07").map(Territory::id).orElse(soussMassa),
                        new LocalizedText(
                                "ساحة المشور، تيزنيت", "Place du Méchouar, Tiznit", "Mechouar Square, Tiznit"),
                        today.minusDays(2),
                        today.plusDays(4),
                        LocalTime.of(10, 0),
                        LocalTime.of(21, 0),
                        1200,
                        new LocalizedText(null, null, null),
                        null,
                        false,
                        30,
                        Edition.Quotas.NONE));
        editions.addParty(TIZNIT_1, DemoPartyIds.REGION_SOUSS_MASSA, "ORGANISER");
        editions.addParty(TIZNIT_1, DemoPartyIds.of("chamber-handicrafts-souss-massa"), "PARTNER");
        advance(TIZNIT_1, EditionStatus.ALLOCATION);
        List<UUID> tiznit = new ArrayList<>(List.of(DemoPartyIds.COOP_TIFAWIN));
        tiznit.addAll(agadirExhibitors.subList(2, 14));
        admit(TIZNIT_1, tiznit, today.minusDays(20));
        corner(TIZNIT_1, "ركن المتجر التضامني – تيزنيت", "Coin boutique solidaire – Tiznit", null);
        // Goods for the week: Tifawin's at its stall, four cooperatives' consigned to the store corner.
        UUID tifawinStall = exhibitors
                .find(TIZNIT_1, DemoPartyIds.COOP_TIFAWIN)
                .orElseThrow()
                .locationId();
        UUID cornerId = java.util.Objects.requireNonNull(editions.get(TIZNIT_1).cornerLocationId());
        move(
                DemoPartyIds.COOP_TIFAWIN,
                ma.tadamon.catalog.DemoCatalogIds.TIFAWIN_ARGAN_OIL_250,
                tifawinStall,
                "MOVE",
                40);
        move(DemoPartyIds.COOP_TIFAWIN, ma.tadamon.catalog.DemoCatalogIds.TIFAWIN_AMLOU_250, tifawinStall, "MOVE", 30);
        move(
                DemoPartyIds.COOP_TIFAWIN,
                ma.tadamon.catalog.DemoCatalogIds.TIFAWIN_ARGAN_COSMETIC_100,
                cornerId,
                "CONSIGNMENT",
                15);
        move(
                DemoPartyIds.of("coop-tmour-taghjijt"),
                ma.tadamon.catalog.DemoCatalogIds.DATES_MAJHOUL_1KG,
                cornerId,
                "CONSIGNMENT",
                25);
        move(
                DemoPartyIds.of("coop-nahl-taounate"),
                ma.tadamon.catalog.DemoCatalogIds.HONEY_THYME_500,
                cornerId,
                "CONSIGNMENT",
                20);
        move(
                DemoPartyIds.of("coop-amal-drargua"),
                ma.tadamon.catalog.DemoCatalogIds.CACTUS_SEED_OIL_30,
                cornerId,
                "CONSIGNMENT",
                10);
        advance(TIZNIT_1, EditionStatus.RUNNING);
    }

    /** Goods made at the actor's place, then moved to its stall or consigned to a store corner. */
    private void move(UUID actor, UUID variant, UUID to, String kind, int quantity) {
        UUID own = locations.ofActor(actor).id();
        BigDecimal q = BigDecimal.valueOf(quantity);
        stock.receive(own, variant, q, "production");
        stock.transfer(kind, actor, own, to, List.of(new ma.tadamon.sales.StockJournal.Move(variant, q)), null);
    }

    private void organisers(UUID edition, boolean all) {
        editions.addParty(edition, DemoPartyIds.REGION_SOUSS_MASSA, "ORGANISER");
        editions.addParty(edition, DemoPartyIds.of("ministry-sse"), "ORGANISER");
        editions.addParty(edition, DemoPartyIds.of("wilaya-souss-massa"), "CO_ORGANISER");
        editions.addParty(edition, DemoPartyIds.COMMUNE_AGADIR, "CO_ORGANISER");
        editions.addParty(
                edition, DemoPartyIds.of("chamber-handicrafts-souss-massa"), all ? "CO_ORGANISER" : "PARTNER");
    }

    private void advance(UUID edition, EditionStatus to) {
        while (editions.get(edition).status() != to) {
            EditionStatus now = editions.get(edition).status();
            editions.changeStatus(edition, EditionStatus.values()[now.ordinal() + 1]);
        }
    }

    /** Selected applications (needs as the actors stated them), then the exhibitors with their stalls. */
    private void admit(UUID edition, List<UUID> actorIds, LocalDate decided) {
        OffsetDateTime at = decided.atTime(12, 0).atZone(MOROCCO).toOffsetDateTime();
        int i = 0;
        for (UUID actor : actorIds) {
            UUID application = DemoFairIds.of("application:" + edition + ":" + actor);
            jdbc.sql("""
                            insert into fairs_application (id, edition_id, actor_id, status, area_m2, electricity, water,
                              score, submitted_at, decided_at)
                            values (?, ?, ?, 'SELECTED', ?, ?, ?, ?, ?, ?)""")
                    .params(
                            application,
                            edition,
                            actor,
                            i % 10 == 0 ? new BigDecimal("18") : new BigDecimal("9"),
                            i % 3 == 0,
                            i % 17 == 0,
                            new BigDecimal(60 + Math.floorMod((actor.hashCode() + i), 40)),
                            at.minusDays(20).withOffsetSameInstant(ZoneOffset.UTC),
                            at.withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
            exhibitors.admit(edition, actor, application);
            i++;
        }
    }

    private void corner(UUID edition, String ar, String fr, String en) {
        Edition e = editions.get(edition);
        UUID store = locations.createStore(
                DemoPartyIds.STORE_SOUSS_MASSA, new LocalizedText(ar, fr, en), null, new BigDecimal("0.1000"));
        editions.setCorner(e.id(), store);
    }

    /**
     * Small exhibitors of the region, each in one of its communes with 4 to 7 members: about six in
     * ten women-led, a third youth-led, as the seeds describe the mobile markets' exhibitors.
     */
    private List<UUID> smallExhibitors(long region, int count) {
        List<Territory> communes = territories.communesWithin(region);
        Random random = new Random(2025_12_29L);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = DemoPartyIds.of("fair-exhibitor-" + i);
            ids.add(id);
            if (actors.find(id).isPresent()) {
                continue;
            }
            String[] chain = CHAINS[i % CHAINS.length];
            String[] name = NAMES[(i / CHAINS.length) % NAMES.length];
            Territory commune = communes.get(random.nextInt(communes.size()));
            boolean association = chain[0].equals("SOLIDARITY_TOURISM");
            String ar = (association ? "جمعية " : "تعاونية ") + name[0] + " لـ" + chain[1] + " – "
                    + commune.name().in(java.util.Locale.forLanguageTag("ar"));
            String fr = (association ? "Association " : "Coopérative ") + name[1] + " (" + chain[2] + ") – "
                    + commune.name().in(java.util.Locale.FRENCH);
            actors.register(
                    id,
                    new NewActor(
                            association ? ActorType.ASSOCIATION : ActorType.COOPERATIVE,
                            ar,
                            fr,
                            null,
                            association ? null : "Coopérative (loi 112-12)",
                            LocalDate.of(2012 + random.nextInt(13), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            chain[0],
                            commune.id(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
            boolean womenLed = random.nextInt(10) < 6;
            boolean youthLed = random.nextInt(3) == 0;
            int size = 4 + random.nextInt(4);
            for (int m = 0; m < size; m++) {
                boolean woman = m == 0 ? womenLed : random.nextInt(10) < 6;
                int born = m == 0 && youthLed ? 1992 + random.nextInt(8) : 1960 + random.nextInt(40);
                members.add(
                        UUID.nameUUIDFromBytes((id + ":" + m).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        id,
                        new NewMember(
                                (woman ? "Membre F" : "Membre M") + " " + (i + 1) + "-" + (m + 1),
                                woman ? "F" : "M",
                                born,
                                null,
                                null,
                                m == 0 ? MemberRole.PRESIDENT : MemberRole.MEMBER,
                                LocalDate.of(2016, 3, 1),
                                CONSENT));
            }
        }
        return ids;
    }
}
