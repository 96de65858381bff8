package ma.tadamon.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * A cooperative's revenue from the ledger (its lines wherever sold, returns deducted), for a
 * period of whole days in Morocco's time: by month, channel, location and product. Amounts are
 * exact sums of recorded line amounts. Access is checked by the callers ({@link SalesAccess}).
 */
@Service
@Transactional(readOnly = true)
public class Revenue {

    /** One figure of a breakdown: a key (month yyyy-MM, channel, location or product id), its label, totals. */
    public record Row(String key, LocalizedText label, BigDecimal quantity, BigDecimal amount) {}

    public record Report(
            UUID actorId,
            LocalDate from,
            LocalDate to,
            BigDecimal total,
            List<Row> months,
            List<Row> channels,
            List<Row> locations,
            List<Row> products) {}

    private final JdbcClient jdbc;
    private final Products products;
    private final Locations locations;
    private final ZoneId zone;

    Revenue(
            JdbcClient jdbc,
            Products products,
            Locations locations,
            @Value("${tadamon.zone:Africa/Casablanca}") ZoneId zone) {
        this.jdbc = jdbc;
        this.products = products;
        this.locations = locations;
        this.zone = zone;
    }

    /** The default period: the last twelve months, this one included. */
    public LocalDate defaultFrom() {
        return YearMonth.now(zone).minusMonths(11).atDay(1);
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public Report of(UUID actorId, @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate start = from == null ? defaultFrom() : from;
        LocalDate end = to == null ? today() : to;
        if (end.isBefore(start)) {
            throw new InvalidRequestException("to", "revenue.period.order");
        }
        if (start.plusYears(10).isBefore(end)) {
            throw new InvalidRequestException("from", "revenue.period.tooLong");
        }
        OffsetDateTime lower = start.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime upper = end.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        String where = " from sales_sale_line where seller_actor_id = ? and occurred_at >= ? and occurred_at < ? ";

        Map<String, BigDecimal> byMonth = new HashMap<>();
        jdbc.sql("select to_char(occurred_at at time zone ?, 'YYYY-MM'), sum(amount)" + where + "group by 1")
                .params(zone.getId(), actorId, lower, upper)
                .query(rs -> {
                    byMonth.put(rs.getString(1), rs.getBigDecimal(2));
                });
        List<Row> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            String key = m.toString();
            months.add(new Row(key, text(key), BigDecimal.ZERO, byMonth.getOrDefault(key, BigDecimal.ZERO)));
        }

        List<Row> channels = jdbc.sql("select channel, sum(quantity), sum(amount)" + where
                        + "group by channel order by sum(amount) desc, channel")
                .params(actorId, lower, upper)
                .query((rs, n) ->
                        new Row(rs.getString(1), text(rs.getString(1)), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .list();

        List<Row> places = jdbc.sql("select location_id, sum(quantity), sum(amount)" + where
                        + "group by location_id order by sum(amount) desc, location_id")
                .params(actorId, lower, upper)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    LocalizedText name = locations.find(id).map(Location::name).orElse(text(id.toString()));
                    return new Row(id.toString(), name, rs.getBigDecimal(2), rs.getBigDecimal(3));
                })
                .list();

        record ProductSum(UUID productId, UUID variantId, BigDecimal quantity, BigDecimal amount) {}
        List<ProductSum> sums = jdbc.sql("select product_id, min(variant_id::text)::uuid, sum(quantity), sum(amount)"
                        + where + "group by product_id order by sum(amount) desc, product_id")
                .params(actorId, lower, upper)
                .query((rs, n) -> new ProductSum(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4)))
                .list();
        Map<UUID, SellableVariant> variants =
                products.sellable(sums.stream().map(ProductSum::variantId).toList());
        List<Row> byProduct = sums.stream()
                .map(s -> {
                    SellableVariant v = variants.get(s.variantId());
                    LocalizedText name = v == null ? text(s.productId().toString()) : v.productName();
                    return new Row(s.productId().toString(), name, s.quantity(), s.amount());
                })
                .toList();

        BigDecimal total = months.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Report(actorId, start, end, total, months, channels, places, byProduct);
    }

    private static LocalizedText text(String value) {
        return new LocalizedText(value, value, value);
    }
}
