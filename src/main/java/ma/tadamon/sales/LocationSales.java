package ma.tadamon.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ledger holds for a set of locations (a fair's stalls, its store corner) over whole days
 * in Morocco's time, as {@link Settlements} counts them: sales and returns, amounts less returns,
 * by day, location, seller, value chain, sector, product and payment; the sales flagged late and the
 * stock discrepancies still awaiting review. Read only; access is checked by the callers.
 */
@Service
@Transactional(readOnly = true)
public class LocationSales {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 400;

    /**
     * Sales and returns counted once each; {@code gross} is sales less returns (what settlements call
     * gross), {@code quantity} the net quantity; {@code late}: sales flagged LATE.
     */
    public record Totals(
            long sales,
            long returns,
            BigDecimal salesAmount,
            BigDecimal returnsAmount,
            BigDecimal gross,
            BigDecimal quantity,
            long late) {

        public static final Totals ZERO =
                new Totals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);

        /** The average sale (sales only), to the centime. */
        public BigDecimal averageSale() {
            return sales == 0
                    ? BigDecimal.ZERO.setScale(2)
                    : salesAmount.divide(BigDecimal.valueOf(sales), 2, RoundingMode.HALF_UP);
        }
    }

    /** One day of the period, with nothing sold shown as zeros. */
    public record Day(LocalDate day, long sales, long returns, BigDecimal quantity, BigDecimal amount) {}

    /** One figure of a breakdown: a key (location, actor or product id, value chain, sector, payment), its name. */
    public record Row(String key, LocalizedText label, long sales, BigDecimal quantity, BigDecimal amount) {}

    /** What needs a look at a location: late sales in the period, open stock discrepancies (any date). */
    public record Flags(long late, long openDiscrepancies, BigDecimal discrepancyQuantity) {

        public static final Flags NONE = new Flags(0, 0, BigDecimal.ZERO);
    }

    public record Report(
            LocalDate from,
            LocalDate to,
            Totals totals,
            List<Day> days,
            List<Row> locations,
            List<Row> sellers,
            List<Row> valueChains,
            List<Row> sectors,
            List<Row> products,
            List<Row> payments,
            Map<UUID, Flags> flags) {

        public Flags flags(UUID locationId) {
            return flags.getOrDefault(locationId, Flags.NONE);
        }

        /** The row of this location (zeros if it sold nothing). */
        public Row location(UUID locationId) {
            return find(locations, locationId.toString());
        }

        /** The row of this seller (zeros if it sold nothing). */
        public Row seller(UUID actorId) {
            return find(sellers, actorId.toString());
        }

        private static Row find(List<Row> rows, String key) {
            return rows.stream()
                    .filter(r -> r.key().equals(key))
                    .findFirst()
                    .orElse(new Row(key, EMPTY, 0, BigDecimal.ZERO, BigDecimal.ZERO.setScale(2)));
        }

        public long openDiscrepancies() {
            return flags.values().stream().mapToLong(Flags::openDiscrepancies).sum();
        }

        public BigDecimal discrepancyQuantity() {
            return flags.values().stream().map(Flags::discrepancyQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A sale flagged late (synced after its stall's day was closed). */
    public record LateSale(UUID saleId, long receiptNo, Instant occurredAt, Instant recordedAt, BigDecimal total) {}

    /** What an offline sale took beyond the stock at hand, awaiting review. */
    public record Discrepancy(
            long id,
            UUID saleId,
            long receiptNo,
            UUID locationId,
            UUID variantId,
            LocalizedText label,
            BigDecimal quantity,
            Instant recordedAt) {}

    private static final LocalizedText EMPTY = new LocalizedText(null, null, null);

    private static final String WHERE = " where l.location_id = any(?) and l.occurred_at >= ? and l.occurred_at < ?";

    private final JdbcClient jdbc;
    private final Products products;
    private final ZoneId zone;

    LocationSales(JdbcClient jdbc, Products products, @Value("${tadamon.zone:Africa/Casablanca}") ZoneId zone) {
        this.jdbc = jdbc;
        this.products = products;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** Everything at once, with the {@code top} best-selling products. */
    public Report of(Collection<UUID> locationIds, LocalDate from, LocalDate to, int top) {
        Period period = period(locationIds, from, to);
        return new Report(
                from,
                to,
                totals(period),
                days(period),
                rows(
                        period,
                        "loc.id::text",
                        "loc.name_ar, loc.name_fr, loc.name_en",
                        " join sales_location loc on loc.id = l.location_id",
                        null),
                rows(
                        period,
                        "p.id::text",
                        "p.name_ar, p.name_fr, p.name_en",
                        " join party_party p on p.id = l.seller_actor_id",
                        null),
                rows(
                        period,
                        "v.code",
                        "v.name_ar, v.name_fr, v.name_en",
                        " join registry_value_chain v on v.code = l.value_chain_code",
                        null),
                rows(
                        period,
                        "sc.code",
                        "sc.name_ar, sc.name_fr, sc.name_en",
                        " join registry_value_chain v on v.code = l.value_chain_code"
                                + " join registry_sector sc on sc.code = v.sector_code",
                        null),
                products(period, top),
                rows(
                        period,
                        "s.payment",
                        "null::text, null::text, null::text",
                        " join sales_sale s on s.id = l.sale_id",
                        null),
                flags(period));
    }

    /**
     * The days from {@code from} to {@code to}, widened to the first and last day on which these
     * locations recorded a sale (a device whose clock was wrong dates its sales outside the fair).
     */
    public LocalDate[] widened(Collection<UUID> locationIds, LocalDate from, LocalDate to) {
        LocalDate[] span = {from, to};
        if (locationIds.isEmpty()) {
            return span;
        }
        jdbc.sql("""
                        select min(occurred_at), max(occurred_at) from sales_sale where location_id = any(?)""")
                .param(locationIds.toArray(UUID[]::new))
                .query((rs, n) -> {
                    java.time.OffsetDateTime first = rs.getObject(1, java.time.OffsetDateTime.class);
                    java.time.OffsetDateTime last = rs.getObject(2, java.time.OffsetDateTime.class);
                    if (first != null && last != null) {
                        LocalDate firstDay = first.atZoneSameInstant(zone).toLocalDate();
                        LocalDate lastDay = last.atZoneSameInstant(zone).toLocalDate();
                        span[0] = firstDay.isBefore(from) ? firstDay : from;
                        span[1] = lastDay.isAfter(to) ? lastDay : to;
                    }
                    return 1;
                })
                .list();
        return span;
    }

    /** Only the totals (a key figure: today's sales, an earlier edition's). */
    public Totals totals(Collection<UUID> locationIds, LocalDate from, LocalDate to) {
        return totals(period(locationIds, from, to));
    }

    /** Per location only (who sold today). */
    public List<Row> byLocation(Collection<UUID> locationIds, LocalDate from, LocalDate to) {
        return rows(
                period(locationIds, from, to),
                "loc.id::text",
                "loc.name_ar, loc.name_fr, loc.name_en",
                " join sales_location loc on loc.id = l.location_id",
                null);
    }

    /** The sales flagged late in the period, in the order they happened. */
    public List<LateSale> lateSales(Collection<UUID> locationIds, LocalDate from, LocalDate to) {
        Period p = period(locationIds, from, to);
        return jdbc.sql("""
                        select id, receipt_no, occurred_at, recorded_at, total from sales_sale
                        where location_id = any(?) and occurred_at >= ? and occurred_at < ? and 'LATE' = any(flags)
                        order by occurred_at, receipt_no""")
                .params(p.ids(), p.lower(), p.upper())
                .query((rs, n) -> new LateSale(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getBigDecimal(5)))
                .list();
    }

    /** The stock discrepancies at these locations still awaiting review, oldest first. */
    public List<Discrepancy> openDiscrepancies(Collection<UUID> locationIds) {
        if (locationIds.isEmpty()) {
            return List.of();
        }
        List<Discrepancy> raw = jdbc.sql("""
                        select d.id, d.sale_id, s.receipt_no, d.location_id, d.variant_id, d.quantity, d.recorded_at
                        from sales_stock_discrepancy d join sales_sale s on s.id = d.sale_id
                        where d.location_id = any(?) and d.resolved_at is null
                        order by d.recorded_at, d.id""")
                .param(locationIds.toArray(UUID[]::new))
                .query((rs, n) -> new Discrepancy(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getLong(3),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class),
                        EMPTY,
                        rs.getBigDecimal(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
        Map<UUID, SellableVariant> variants = products.sellable(
                raw.stream().map(Discrepancy::variantId).distinct().toList());
        return raw.stream()
                .map(d -> new Discrepancy(
                        d.id(),
                        d.saleId(),
                        d.receiptNo(),
                        d.locationId(),
                        d.variantId(),
                        variants.containsKey(d.variantId())
                                ? variants.get(d.variantId()).labels()
                                : EMPTY,
                        d.quantity(),
                        d.recordedAt()))
                .toList();
    }

    private record Period(UUID[] ids, LocalDate from, LocalDate to, OffsetDateTime lower, OffsetDateTime upper) {}

    private Period period(Collection<UUID> locationIds, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidRequestException("from", "settlement.period.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "settlement.period.order");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidRequestException("from", "revenue.period.tooLong");
        }
        return new Period(
                locationIds.stream().distinct().toArray(UUID[]::new),
                from,
                to,
                from.atStartOfDay(zone).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    private Totals totals(Period p) {
        if (p.ids().length == 0) {
            return Totals.ZERO;
        }
        Totals lines = jdbc.sql("""
                        select count(distinct l.sale_id) filter (where l.quantity > 0),
                          count(distinct l.sale_id) filter (where l.quantity < 0),
                          coalesce(sum(l.amount) filter (where l.quantity > 0), 0),
                          coalesce(-sum(l.amount) filter (where l.quantity < 0), 0),
                          coalesce(sum(l.amount), 0), coalesce(sum(l.quantity), 0)
                        from sales_sale_line l""" + WHERE)
                .params(p.ids(), p.lower(), p.upper())
                .query((rs, n) -> new Totals(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        0))
                .single();
        long late = jdbc.sql("""
                        select count(*) from sales_sale
                        where location_id = any(?) and occurred_at >= ? and occurred_at < ? and 'LATE' = any(flags)""")
                .params(p.ids(), p.lower(), p.upper())
                .query(Long.class)
                .single();
        return new Totals(
                lines.sales(),
                lines.returns(),
                lines.salesAmount(),
                lines.returnsAmount(),
                lines.gross(),
                lines.quantity(),
                late);
    }

    private List<Day> days(Period p) {
        Map<LocalDate, Day> found = new HashMap<>();
        if (p.ids().length > 0) {
            jdbc.sql("select (l.occurred_at at time zone ?)::date,"
                            + " count(distinct l.sale_id) filter (where l.quantity > 0),"
                            + " count(distinct l.sale_id) filter (where l.quantity < 0),"
                            + " sum(l.quantity), sum(l.amount) from sales_sale_line l" + WHERE + " group by 1")
                    .params(zone.getId(), p.ids(), p.lower(), p.upper())
                    .query((rs, n) -> new Day(
                            rs.getObject(1, LocalDate.class),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getBigDecimal(4),
                            rs.getBigDecimal(5)))
                    .list()
                    .forEach(d -> found.put(d.day(), d));
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
            days.add(found.getOrDefault(d, new Day(d, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO.setScale(2))));
        }
        return days;
    }

    private List<Row> rows(Period p, String key, String names, String joins, @Nullable Integer limit) {
        if (p.ids().length == 0) {
            return List.of();
        }
        return jdbc.sql("select " + key + ", " + names + ", count(distinct l.sale_id) filter (where l.quantity > 0),"
                        + " sum(l.quantity), sum(l.amount) from sales_sale_line l" + joins + WHERE
                        + " group by 1, 2, 3, 4 order by 7 desc, 1" + (limit == null ? "" : " limit " + limit))
                .params(p.ids(), p.lower(), p.upper())
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        new LocalizedText(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getLong(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7)))
                .list();
    }

    private List<Row> products(Period p, int top) {
        if (p.ids().length == 0 || top <= 0) {
            return List.of();
        }
        record Sum(UUID productId, UUID variantId, long sales, BigDecimal quantity, BigDecimal amount) {}
        List<Sum> sums = jdbc.sql("select l.product_id, min(l.variant_id::text)::uuid,"
                        + " count(distinct l.sale_id) filter (where l.quantity > 0), sum(l.quantity), sum(l.amount)"
                        + " from sales_sale_line l" + WHERE
                        + " group by l.product_id order by sum(l.amount) desc, l.product_id limit ?")
                .params(p.ids(), p.lower(), p.upper(), top)
                .query((rs, n) -> new Sum(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getLong(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5)))
                .list();
        Map<UUID, SellableVariant> variants =
                products.sellable(sums.stream().map(Sum::variantId).toList());
        return sums.stream()
                .map(s -> {
                    SellableVariant v = variants.get(s.variantId());
                    LocalizedText name =
                            v == null ? new LocalizedText(null, s.productId().toString(), null) : v.productName();
                    return new Row(s.productId().toString(), name, s.sales(), s.quantity(), s.amount());
                })
                .toList();
    }

    private Map<UUID, Flags> flags(Period p) {
        if (p.ids().length == 0) {
            return Map.of();
        }
        Map<UUID, Long> late = new HashMap<>();
        jdbc.sql("""
                        select location_id, count(*) from sales_sale
                        where location_id = any(?) and occurred_at >= ? and occurred_at < ? and 'LATE' = any(flags)
                        group by location_id""").params(p.ids(), p.lower(), p.upper()).query(rs -> {
            late.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        Map<UUID, Flags> flags = new HashMap<>();
        jdbc.sql("""
                        select location_id, count(*), sum(quantity) from sales_stock_discrepancy
                        where location_id = any(?) and resolved_at is null group by location_id""").param(p.ids()).query(rs -> {
            UUID id = rs.getObject(1, UUID.class);
            flags.put(id, new Flags(late.getOrDefault(id, 0L), rs.getLong(2), rs.getBigDecimal(3)));
        });
        late.forEach((id, count) -> flags.putIfAbsent(id, new Flags(count, 0, BigDecimal.ZERO)));
        return flags;
    }
}
