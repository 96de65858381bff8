package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.catalog.Variant;
import ma.tadamon.fairs.DemoFairIds;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.platform.demo.DemoData;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.NewSale;
import ma.tadamon.sales.Payment;
import ma.tadamon.sales.SalesLedger;
import ma.tadamon.sales.StockJournal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live figures of the demo editions (Agadir 1 and Taounate 2, closed; Tiznit 1, running: its days so
 * far): visitors counted at their entrances each day, and sales at the stalls of their exhibitors who
 * have products — goods moved from the exhibitor's own place to its stall, then sold during the
 * fair's opening hours — and at the store corner where there is one. A fixed
 * seed per edition: the same data on every start. Editions that do not exist are skipped.
 */
@Component
class LiveDemoData implements DemoData {

    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    /** The core demo's Tiznit edition, running this week: its days so far. */
    static final UUID TIZNIT_1 = DemoFairIds.of("tiznit-1");

    /** Entrances of each demo edition (names as the organisers write them on their sheets). */
    static final Map<UUID, List<String>> ENTRANCES = Map.of(
            DemoFairIds.AGADIR_1,
            List.of("Porte principale — Place Al Amal", "Porte du parking", "باب الكورنيش"),
            DemoFairIds.TAOUNATE_2,
            List.of("Entrée principale", "باب السوق"),
            TIZNIT_1,
            List.of("Bab Oulad Jerrar", "Entrée du Méchouar"));

    private final Editions editions;
    private final Exhibitors exhibitors;
    private final Footfall footfall;
    private final Products products;
    private final Locations locations;
    private final StockJournal stock;
    private final SalesLedger ledger;

    LiveDemoData(
            Editions editions,
            Exhibitors exhibitors,
            Footfall footfall,
            Products products,
            Locations locations,
            StockJournal stock,
            SalesLedger ledger) {
        this.editions = editions;
        this.exhibitors = exhibitors;
        this.footfall = footfall;
        this.products = products;
        this.locations = locations;
        this.stock = stock;
        this.ledger = ledger;
    }

    @Override
    public int order() {
        return 64;
    }

    @Override
    @Transactional
    public void load() {
        for (UUID id : List.of(DemoFairIds.AGADIR_1, DemoFairIds.TAOUNATE_2, TIZNIT_1)) {
            editions.find(id).ifPresent(this::load);
        }
    }

    private void load(Edition edition) {
        if (footfall.of(edition.id()).isEmpty()) {
            footfall(edition);
        }
        if (ledger.findByClientId(clientId(edition.id(), 0)).isEmpty()) {
            sales(edition);
        }
    }

    /** Each entrance each day: more on the weekend, the main gate busiest. */
    private void footfall(Edition edition) {
        Random random = new Random(edition.id().getMostSignificantBits());
        List<String> entrances = ENTRANCES.getOrDefault(edition.id(), List.of("Entrée principale"));
        LocalDate today = LocalDate.now(MOROCCO);
        for (LocalDate day : edition.days()) {
            if (day.isAfter(today)) {
                break;
            }
            boolean weekend = day.getDayOfWeek().getValue() >= 5;
            for (int i = 0; i < entrances.size(); i++) {
                int base = (weekend ? 1800 : 1100) / (i + 1);
                footfall.record(edition, entrances.get(i), day, base + random.nextInt(base / 2 + 1));
            }
        }
    }

    /**
     * What each exhibitor with products sold at its stall: up to three of its variants, a few sales a
     * day (up to now for a running edition). Where the edition has a store corner, the first three
     * exhibitors with products also consign some goods to it, sold there too.
     */
    private void sales(Edition edition) {
        Random random = new Random(edition.id().getLeastSignificantBits());
        Instant now = Instant.now();
        List<NewSale> sales = new ArrayList<>();
        int[] n = {0};
        int atCorner = 0;
        for (Exhibitor exhibitor : exhibitors.of(edition.id())) {
            List<UUID> onSale = onSale(exhibitor.actorId());
            if (onSale.isEmpty()) {
                continue;
            }
            UUID own = locations.ofActor(exhibitor.actorId()).id();
            Map<UUID, Integer> sold = new LinkedHashMap<>();
            sales.addAll(sell(edition, exhibitor.locationId(), onSale, 4, random, now, n, sold));
            moveStock("MOVE", exhibitor.actorId(), own, exhibitor.locationId(), sold, "fair");
            if (edition.cornerLocationId() != null && atCorner < 3) {
                atCorner++;
                Map<UUID, Integer> cornerSold = new LinkedHashMap<>();
                sales.addAll(sell(edition, edition.cornerLocationId(), onSale, 2, random, now, n, cornerSold));
                moveStock(
                        "CONSIGNMENT", exhibitor.actorId(), own, edition.cornerLocationId(), cornerSold, "fair corner");
            }
        }
        sales.forEach(ledger::record);
    }

    private List<UUID> onSale(UUID actorId) {
        List<UUID> variantIds = products.ofActor(actorId, false).stream()
                .map(Product::variants)
                .flatMap(List::stream)
                .filter(Variant::active)
                .map(Variant::id)
                .toList();
        Map<UUID, SellableVariant> sellable = products.sellable(variantIds);
        return variantIds.stream()
                .filter(id -> sellable.containsKey(id) && sellable.get(id).sellable())
                .limit(3)
                .toList();
    }

    /** Up to {@code perDay} sales a day at the location during opening hours, none after now. */
    private List<NewSale> sell(
            Edition edition,
            UUID locationId,
            List<UUID> onSale,
            int perDay,
            Random random,
            Instant now,
            int[] n,
            Map<UUID, Integer> sold) {
        List<NewSale> sales = new ArrayList<>();
        long minutes = Math.max(
                60, Duration.between(edition.opensAt(), edition.closesAt()).toMinutes());
        for (LocalDate day : edition.days()) {
            Instant opens = day.atTime(edition.opensAt()).atZone(MOROCCO).toInstant();
            int count = 1 + random.nextInt(perDay);
            for (int s = 0; s < count; s++) {
                Instant at = opens.plus(Duration.ofMinutes(random.nextInt((int) minutes)));
                Map<UUID, Integer> basket = new LinkedHashMap<>();
                int lines = 1 + random.nextInt(2);
                for (int l = 0; l < lines; l++) {
                    basket.merge(onSale.get(random.nextInt(onSale.size())), 1 + random.nextInt(2), Integer::sum);
                }
                int kind = random.nextInt(6);
                if (at.isAfter(now)) {
                    continue;
                }
                basket.forEach((v, q) -> sold.merge(v, q, Integer::sum));
                sales.add(new NewSale(
                        clientId(edition.id(), n[0]++),
                        locationId,
                        kind == 0 ? Payment.CARD : kind == 1 ? Payment.MOBILE : Payment.CASH,
                        at,
                        basket.entrySet().stream()
                                .map(e -> new NewSale.Line(e.getKey(), BigDecimal.valueOf(e.getValue())))
                                .toList(),
                        null,
                        null));
            }
        }
        return sales;
    }

    /** Made at home, then moved to the stall (or consigned to the corner): what will sell and a few more. */
    private void moveStock(String kind, UUID actorId, UUID own, UUID to, Map<UUID, Integer> sold, String note) {
        if (sold.isEmpty()) {
            return;
        }
        List<StockJournal.Move> moves = new ArrayList<>();
        sold.forEach((variantId, quantity) -> {
            BigDecimal quantityThere = BigDecimal.valueOf(quantity + 4L);
            stock.receive(own, variantId, quantityThere, "production");
            moves.add(new StockJournal.Move(variantId, quantityThere));
        });
        stock.transfer(kind, actorId, own, to, moves, note);
    }

    static UUID clientId(UUID editionId, int n) {
        return UUID.nameUUIDFromBytes(("demo-fair-sale:" + editionId + ":" + n).getBytes(StandardCharsets.UTF_8));
    }
}
