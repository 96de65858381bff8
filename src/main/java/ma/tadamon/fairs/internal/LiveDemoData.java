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
 * Live figures of the two closed demo editions (Agadir 1, Taounate 2): visitors counted at their
 * entrances each day, and sales at the stalls of their exhibitors who have products — goods moved
 * from the exhibitor's own place to its stall, then sold during the fair's opening hours. A fixed
 * seed per edition: the same data on every start. Editions that do not exist are skipped.
 */
@Component
class LiveDemoData implements DemoData {

    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    /** Entrances of each demo edition (names as the organisers write them on their sheets). */
    static final Map<UUID, List<String>> ENTRANCES = Map.of(
            DemoFairIds.AGADIR_1, List.of("Porte principale — Place Al Amal", "Porte du parking", "باب الكورنيش"),
            DemoFairIds.TAOUNATE_2, List.of("Entrée principale", "باب السوق"));

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
        for (UUID id : List.of(DemoFairIds.AGADIR_1, DemoFairIds.TAOUNATE_2)) {
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
        for (LocalDate day : edition.days()) {
            boolean weekend = day.getDayOfWeek().getValue() >= 5;
            for (int i = 0; i < entrances.size(); i++) {
                int base = (weekend ? 1800 : 1100) / (i + 1);
                footfall.record(edition, entrances.get(i), day, base + random.nextInt(base / 2 + 1));
            }
        }
    }

    /** What each exhibitor with products sold: up to three of its variants, a few sales a day. */
    private void sales(Edition edition) {
        Random random = new Random(edition.id().getLeastSignificantBits());
        List<NewSale> sales = new ArrayList<>();
        int n = 0;
        for (Exhibitor exhibitor : exhibitors.of(edition.id())) {
            List<UUID> variantIds = products.ofActor(exhibitor.actorId(), false).stream()
                    .map(Product::variants)
                    .flatMap(List::stream)
                    .filter(Variant::active)
                    .map(Variant::id)
                    .toList();
            Map<UUID, SellableVariant> sellable = products.sellable(variantIds);
            List<UUID> onSale = variantIds.stream()
                    .filter(id -> sellable.containsKey(id) && sellable.get(id).sellable())
                    .limit(3)
                    .toList();
            if (onSale.isEmpty()) {
                continue;
            }
            Map<UUID, Integer> sold = new LinkedHashMap<>();
            List<NewSale> ofStall = new ArrayList<>();
            for (LocalDate day : edition.days()) {
                int count = 1 + random.nextInt(4);
                Instant opens = day.atTime(edition.opensAt()).atZone(MOROCCO).toInstant();
                long minutes = Math.max(
                        60,
                        Duration.between(edition.opensAt(), edition.closesAt()).toMinutes());
                for (int s = 0; s < count; s++) {
                    Map<UUID, Integer> basket = new LinkedHashMap<>();
                    int lines = 1 + random.nextInt(2);
                    for (int l = 0; l < lines; l++) {
                        basket.merge(onSale.get(random.nextInt(onSale.size())), 1 + random.nextInt(2), Integer::sum);
                    }
                    basket.forEach((v, q) -> sold.merge(v, q, Integer::sum));
                    int kind = random.nextInt(6);
                    ofStall.add(new NewSale(
                            clientId(edition.id(), n++),
                            exhibitor.locationId(),
                            kind == 0 ? Payment.CARD : kind == 1 ? Payment.MOBILE : Payment.CASH,
                            opens.plus(Duration.ofMinutes(random.nextInt((int) minutes))),
                            basket.entrySet().stream()
                                    .map(e -> new NewSale.Line(e.getKey(), BigDecimal.valueOf(e.getValue())))
                                    .toList(),
                            null,
                            null));
                }
            }
            UUID own = locations.ofActor(exhibitor.actorId()).id();
            List<StockJournal.Move> moves = new ArrayList<>();
            sold.forEach((variantId, quantity) -> {
                BigDecimal toStall = BigDecimal.valueOf(quantity + 4L);
                stock.receive(own, variantId, toStall, "production");
                moves.add(new StockJournal.Move(variantId, toStall));
            });
            stock.transfer("MOVE", exhibitor.actorId(), own, exhibitor.locationId(), moves, "fair");
            sales.addAll(ofStall);
        }
        sales.forEach(ledger::record);
    }

    static UUID clientId(UUID editionId, int n) {
        return UUID.nameUUIDFromBytes(("demo-fair-sale:" + editionId + ":" + n).getBytes(StandardCharsets.UTF_8));
    }
}
