package ma.tadamon.sales.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import ma.tadamon.catalog.DemoCatalogIds;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.identity.AccountIdentifier;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.NewAccount;
import ma.tadamon.identity.Roles;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.demo.DemoData;
import ma.tadamon.sales.DemoSalesIds;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.NewSale;
import ma.tadamon.sales.Payment;
import ma.tadamon.sales.SalesAccess;
import ma.tadamon.sales.SalesLedger;
import ma.tadamon.sales.StockJournal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Souss-Massa solidarity store, its cashier and store manager, the dates cooperative's manager;
 * and — when the catalogue's demo variants exist — production, consignments to the store and about
 * five months of past store sales (a fixed seed: the same data on every start).
 */
@Component
class SalesDemoData implements DemoData {

    static final UUID DATES_COOP = DemoPartyIds.of("coop-tmour-taghjijt");
    static final String STORE_COMMUNE = "09.001.01.01";
    static final int DAYS = 150;
    static final java.time.ZoneId MOROCCO = java.time.ZoneId.of("Africa/Casablanca");

    /** What lies in the store at the end of the demo history, per demo variant (the rest was sold). */
    static final Map<UUID, Integer> LEFT_IN_STORE = new LinkedHashMap<>();

    static {
        LEFT_IN_STORE.put(DemoCatalogIds.TIFAWIN_ARGAN_OIL_250, 40);
        LEFT_IN_STORE.put(DemoCatalogIds.TIFAWIN_ARGAN_COSMETIC_100, 25);
        LEFT_IN_STORE.put(DemoCatalogIds.TIFAWIN_AMLOU_250, 20);
        LEFT_IN_STORE.put(DemoCatalogIds.DATES_MAJHOUL_1KG, 30);
        LEFT_IN_STORE.put(DemoCatalogIds.HONEY_THYME_500, 15);
        LEFT_IN_STORE.put(DemoCatalogIds.CACTUS_SEED_OIL_30, 10);
        LEFT_IN_STORE.put(DemoCatalogIds.ASRIR_WOVEN_CUSHION, 6);
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Territories territories;
    private final Products products;
    private final Locations locations;
    private final StockJournal stock;
    private final SalesLedger ledger;
    private final ma.tadamon.sales.Settlements settlements;
    private final PasswordEncoder encoder;
    private final String password;

    SalesDemoData(
            JdbcClient jdbc,
            Accounts accounts,
            Territories territories,
            Products products,
            Locations locations,
            StockJournal stock,
            SalesLedger ledger,
            ma.tadamon.sales.Settlements settlements,
            PasswordEncoder encoder,
            @Value("${tadamon.demo.password:tadamon-demo}") String password) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.territories = territories;
        this.products = products;
        this.locations = locations;
        this.stock = stock;
        this.ledger = ledger;
        this.settlements = settlements;
        this.encoder = encoder;
        this.password = password;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional
    public void load() {
        store();
        accounts();
        if (products.variant(DemoCatalogIds.TIFAWIN_ARGAN_OIL_250).isPresent() && !historyLoaded()) {
            history();
        }
    }

    private void store() {
        if (locations.find(DemoSalesIds.SOLIDARITY_STORE_AGADIR).isPresent()) {
            return;
        }
        Long commune = territories.byCode(STORE_COMMUNE).map(Territory::id).orElse(null);
        jdbc.sql("""
                        insert into sales_location (id, kind, party_id, name_ar, name_fr, name_en, commune_id,
                          commission_rate, created_at)
                        values (?, 'STORE', ?, ?, ?, ?, ?, 0.1000, ?)
                        on conflict (id) do nothing""")
                .params(
                        DemoSalesIds.SOLIDARITY_STORE_AGADIR,
                        DemoPartyIds.STORE_SOUSS_MASSA,
                        "المتجر التضامني لسوس ماسة",
                        "Boutique solidaire de Souss-Massa",
                        "Solidarity store of Souss-Massa",
                        commune,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private void accounts() {
        @Nullable String hash = null;
        String[][] people = {
            {"حسن الصندوق", "cashier@tadamon.ma", "ar", SalesAccess.CASHIER, DemoPartyIds.STORE_SOUSS_MASSA.toString()},
            {
                "Salma Gérante",
                "store@tadamon.ma",
                "fr",
                SalesAccess.STORE_MANAGER,
                DemoPartyIds.STORE_SOUSS_MASSA.toString()
            },
            {"إبراهيم تغجيجت", "manager2@tadamon.ma", "ar", Roles.COOP_MANAGER, DATES_COOP.toString()}
        };
        for (String[] p : people) {
            if (accounts.findByIdentifier(AccountIdentifier.parse(p[1])).isPresent()) {
                continue;
            }
            if (hash == null) {
                hash = encoder.encode(password); // bcrypt is slow on purpose: once
            }
            accounts.create(new NewAccount(p[0], p[1], null, p[2], p[3], UUID.fromString(p[4]), null), hash);
        }
    }

    private boolean historyLoaded() {
        return ledger.findByClientId(clientId(0)).isPresent();
    }

    /** Production at home, consignment of what will be sold plus what is left, then the past sales. */
    private void history() {
        Map<UUID, SellableVariant> variants = products.sellable(LEFT_IN_STORE.keySet());
        List<UUID> onSale = LEFT_IN_STORE.keySet().stream()
                .filter(id -> variants.containsKey(id) && variants.get(id).sellable())
                .toList();
        if (onSale.isEmpty()) {
            return;
        }
        List<NewSale> sales = new ArrayList<>();
        Map<UUID, Integer> sold = new TreeMap<>();
        Random random = new Random(20_250_101L);
        Instant start = LocalDate.now(MOROCCO)
                .minusDays(DAYS)
                .atTime(9, 30)
                .atZone(MOROCCO)
                .toInstant();
        int n = 0;
        for (int day = 0; day < DAYS; day++) {
            int count = 1 + random.nextInt(4);
            for (int s = 0; s < count; s++) {
                Map<UUID, Integer> basket = new LinkedHashMap<>();
                int lines = 1 + random.nextInt(3);
                for (int l = 0; l < lines; l++) {
                    basket.merge(onSale.get(random.nextInt(onSale.size())), 1 + random.nextInt(2), Integer::sum);
                }
                basket.forEach((v, q) -> sold.merge(v, q, Integer::sum));
                Instant at = start.plus(day, ChronoUnit.DAYS).plus(Duration.ofMinutes(random.nextInt(9 * 60)));
                sales.add(new NewSale(
                        clientId(n++),
                        DemoSalesIds.SOLIDARITY_STORE_AGADIR,
                        random.nextInt(3) == 0 ? Payment.CARD : Payment.CASH,
                        at,
                        basket.entrySet().stream()
                                .map(e -> new NewSale.Line(e.getKey(), BigDecimal.valueOf(e.getValue())))
                                .toList(),
                        null,
                        null));
            }
        }
        Map<UUID, List<StockJournal.Move>> consignments = new LinkedHashMap<>();
        for (UUID variantId : onSale) {
            SellableVariant variant = variants.get(variantId);
            int toStore = sold.getOrDefault(variantId, 0) + LEFT_IN_STORE.get(variantId);
            UUID own = locations.ofActor(variant.actorId()).id();
            stock.receive(own, variantId, BigDecimal.valueOf(toStore + 60L), "production");
            consignments
                    .computeIfAbsent(variant.actorId(), k -> new ArrayList<>())
                    .add(new StockJournal.Move(variantId, BigDecimal.valueOf(toStore)));
        }
        consignments.forEach((actorId, moves) -> stock.transfer(
                "CONSIGNMENT",
                actorId,
                locations.ofActor(actorId).id(),
                DemoSalesIds.SOLIDARITY_STORE_AGADIR,
                moves,
                null));
        sales.forEach(ledger::record);
        statements(consignments.keySet());
    }

    /**
     * Monthly statements of the store for each finished month of the history: paid on the 10th of the
     * next month, except last month's, issued and waiting for payment.
     */
    private void statements(java.util.Set<UUID> cooperatives) {
        java.time.YearMonth current = java.time.YearMonth.now(MOROCCO);
        for (java.time.YearMonth month =
                        java.time.YearMonth.from(LocalDate.now(MOROCCO).minusDays(DAYS));
                month.isBefore(current);
                month = month.plusMonths(1)) {
            for (UUID cooperative : cooperatives) {
                if (settlements
                        .preview(
                                DemoSalesIds.SOLIDARITY_STORE_AGADIR, cooperative, month.atDay(1), month.atEndOfMonth())
                        .isEmpty()) {
                    continue;
                }
                ma.tadamon.sales.Settlement issued = settlements.issue(
                        DemoSalesIds.SOLIDARITY_STORE_AGADIR, cooperative, month.atDay(1), month.atEndOfMonth());
                if (month.plusMonths(1).isBefore(current)) {
                    settlements.markPaid(
                            issued.id(), month.plusMonths(1).atDay(10), "VIR-" + month + "-" + issued.number());
                }
            }
        }
    }

    static UUID clientId(int n) {
        return UUID.nameUUIDFromBytes(("demo-store-sale:" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
