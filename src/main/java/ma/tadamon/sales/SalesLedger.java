package ma.tadamon.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one sales ledger. {@link #record} enters a sale from any channel once per client id, takes
 * its lines out of the location's stock in the same transaction, and publishes
 * {@link SaleRecorded}; {@link #recordReturn} enters a compensating return. Nothing here updates
 * or deletes a sale, and the database refuses it anyway.
 */
@Service
@Transactional
public class SalesLedger {

    public static final int MAX_LINES = 200;

    public record ReturnLine(int lineNo, BigDecimal quantity) {}

    private final JdbcClient jdbc;
    private final Products products;
    private final Locations locations;
    private final StockJournal stock;
    private final ApplicationEventPublisher events;
    private final BigDecimal lowStock;

    SalesLedger(
            JdbcClient jdbc,
            Products products,
            Locations locations,
            StockJournal stock,
            ApplicationEventPublisher events,
            @org.springframework.beans.factory.annotation.Value("${tadamon.sales.low-stock-threshold:5}")
                    BigDecimal lowStock) {
        this.lowStock = lowStock;
        this.jdbc = jdbc;
        this.products = products;
        this.locations = locations;
        this.stock = stock;
        this.events = events;
    }

    public Sale record(NewSale sale) {
        if (sale.lines().isEmpty() || sale.lines().size() > MAX_LINES) {
            throw new InvalidRequestException("lines", "validation.lines.count", MAX_LINES);
        }
        for (NewSale.Line line : sale.lines()) {
            quantity(line.quantity());
            if (line.unitPrice() != null
                    && (line.unitPrice().signum() < 0
                            || line.unitPrice().stripTrailingZeros().scale() > 2)) {
                throw new InvalidRequestException("lines", "validation.price");
            }
        }
        if (sale.cashGiven() != null
                && (sale.payment() != Payment.CASH
                        || sale.cashGiven().signum() < 0
                        || sale.cashGiven().stripTrailingZeros().scale() > 2)) {
            throw new InvalidRequestException("cashGiven", "pos.cashInvalid");
        }
        // No lookup of the client id first: a new sale (the usual case) is found new by the insert
        // itself; a retry is recognised there, or before any refusal below, and answered the same.
        String hash = hash(sale);
        Location location =
                locations.find(sale.locationId()).filter(Location::active).orElse(null);
        if (location == null) {
            return replayOr(sale.clientId(), hash, new NotFoundException("location.notFound"));
        }
        Map<UUID, SellableVariant> variants = products.sellable(
                sale.lines().stream().map(NewSale.Line::variantId).toList());
        List<Priced> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (NewSale.Line line : sale.lines()) {
            SellableVariant variant = variants.get(line.variantId());
            if (variant == null) {
                return replayOr(sale.clientId(), hash, new NotFoundException("product.notFound"));
            }
            if (!variant.sellable() && line.unitPrice() == null) {
                return replayOr(
                        sale.clientId(),
                        hash,
                        new InvalidRequestException(
                                "lines",
                                "sale.notSellable",
                                variant.label(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
            }
            BigDecimal price = line.unitPrice() != null ? line.unitPrice() : variant.price();
            BigDecimal amount = line.quantity().multiply(price).setScale(2, RoundingMode.HALF_UP);
            lines.add(new Priced(variant, line.quantity(), price, amount));
            total = total.add(amount);
        }
        if (sale.cashGiven() != null && sale.cashGiven().compareTo(total) < 0) {
            return replayOr(sale.clientId(), hash, new InvalidRequestException("cashGiven", "pos.cashTooLow"));
        }
        Instant occurredAt = (sale.occurredAt() != null ? sale.occurredAt() : Instant.now())
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored
        UUID id = UUID.randomUUID();
        Optional<Long> receiptNo = jdbc.sql("""
                        insert into sales_sale (id, client_id, request_hash, kind, channel, location_id, occurred_at,
                          recorded_at, payment, total, line_count, recorded_by, device_id, device_seq, cash_given)
                        values (?, ?, ?, 'SALE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (client_id) do nothing
                        returning receipt_no""")
                .params(
                        id,
                        sale.clientId(),
                        hash,
                        location.kind().channel().name(),
                        location.id(),
                        OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        sale.payment().name(),
                        total,
                        lines.size(),
                        StockJournal.currentAccount(),
                        sale.deviceId(),
                        sale.deviceSeq(),
                        sale.cashGiven() == null ? null : sale.cashGiven().setScale(2))
                .query(Long.class)
                .optional();
        if (receiptNo.isEmpty()) {
            // The same client id committed meanwhile (a concurrent retry): answer with that sale.
            return byClientId(sale.clientId(), hash).orElseThrow();
        }
        insertLines(id, location, occurredAt, lines, false);
        events.publishEvent(event(id, "SALE", location, occurredAt, total, lines));
        if (location.kind() != LocationKind.ACTOR) {
            warnOfLowStock(location, lines);
        }
        // Answered from what is in hand: re-reading would hold the stock rows' locks longer.
        return new Sale(
                id,
                sale.clientId(),
                receiptNo.get(),
                "SALE",
                location.kind().channel(),
                location.id(),
                occurredAt,
                sale.payment(),
                total,
                null,
                answerLines(lines),
                sale.cashGiven() == null ? null : sale.cashGiven().setScale(2),
                false);
    }

    /** Consigned stock (store, stall) that this sale took down to the threshold: one read of the levels. */
    void warnOfLowStock(Location location, List<Priced> lines) {
        Map<UUID, BigDecimal> sold = new HashMap<>();
        Map<UUID, UUID> owners = new HashMap<>();
        for (Priced line : lines) {
            sold.merge(line.variant().variantId(), line.quantity(), BigDecimal::add);
            owners.put(line.variant().variantId(), line.variant().actorId());
        }
        stock.levels(location.id(), sold.keySet()).forEach((variantId, left) -> {
            if (left.compareTo(lowStock) <= 0 && left.add(sold.get(variantId)).compareTo(lowStock) > 0) {
                events.publishEvent(new StockRunningLow(owners.get(variantId), location.id(), variantId, left));
            }
        });
    }

    private Sale replayOr(UUID clientId, String hash, RuntimeException refusal) {
        return byClientId(clientId, hash).orElseThrow(() -> refusal);
    }

    private static List<Sale.Line> answerLines(List<Priced> lines) {
        List<Sale.Line> answer = new ArrayList<>();
        int lineNo = 1;
        for (Priced line : lines) {
            answer.add(new Sale.Line(
                    lineNo++,
                    line.variant().variantId(),
                    line.variant().productId(),
                    line.variant().actorId(),
                    line.variant().actorName(),
                    line.variant().labels(),
                    line.quantity().setScale(3),
                    line.unitPrice().setScale(2),
                    line.amount()));
        }
        return answer;
    }

    /**
     * A return of some lines of an earlier sale: a compensating entry with negative quantities,
     * goods back into the location's stock, never more than was sold and not yet returned.
     */
    public Sale recordReturn(UUID clientId, UUID originalId, List<ReturnLine> returned, Payment payment) {
        if (returned.isEmpty()) {
            throw new InvalidRequestException("lines", "validation.lines.empty");
        }
        String hash = hash("RETURN|" + originalId + "|" + payment + "|" + returned);
        Optional<Sale> earlier = byClientId(clientId, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // Locks the original so that two returns of the same line cannot both pass the check.
        jdbc.sql("select id from sales_sale where id = ? and kind = 'SALE' for update")
                .param(originalId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("sale.notFound"));
        Sale original = find(originalId).orElseThrow();
        Location location = locations.find(original.locationId()).orElseThrow();
        Map<Integer, BigDecimal> alreadyReturned = new HashMap<>();
        jdbc.sql("""
                        select l.line_no, -sum(rl.quantity)
                        from sales_sale r join sales_sale_line rl on rl.sale_id = r.id
                        join sales_sale_line l on l.sale_id = r.refers_to and l.variant_id = rl.variant_id
                        where r.refers_to = ? group by l.line_no""")
                .param(originalId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getBigDecimal(2)))
                .list()
                .forEach(e -> alreadyReturned.put(e.getKey(), e.getValue()));
        Map<UUID, SellableVariant> variants = products.sellable(
                original.lines().stream().map(Sale.Line::variantId).toList());
        List<Priced> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ReturnLine line : returned) {
            quantity(line.quantity());
            Sale.Line sold = original.lines().stream()
                    .filter(l -> l.lineNo() == line.lineNo())
                    .findFirst()
                    .orElseThrow(() -> new InvalidRequestException("lines", "return.noSuchLine", line.lineNo()));
            BigDecimal left = sold.quantity().subtract(alreadyReturned.getOrDefault(line.lineNo(), BigDecimal.ZERO));
            if (line.quantity().compareTo(left) > 0) {
                throw new InvalidRequestException(
                        "lines",
                        "return.tooMany",
                        line.lineNo(),
                        left.stripTrailingZeros().toPlainString());
            }
            BigDecimal amount =
                    line.quantity().negate().multiply(sold.unitPrice()).setScale(2, RoundingMode.HALF_UP);
            lines.add(new Priced(variants.get(sold.variantId()), line.quantity().negate(), sold.unitPrice(), amount));
            total = total.add(amount);
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        Optional<Long> receiptNo = jdbc.sql("""
                        insert into sales_sale (id, client_id, request_hash, kind, channel, location_id, occurred_at,
                          recorded_at, payment, total, line_count, recorded_by, refers_to)
                        values (?, ?, ?, 'RETURN', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (client_id) do nothing
                        returning receipt_no""")
                .params(
                        id,
                        clientId,
                        hash,
                        original.channel().name(),
                        location.id(),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        payment.name(),
                        total,
                        lines.size(),
                        StockJournal.currentAccount(),
                        originalId)
                .query(Long.class)
                .optional();
        if (receiptNo.isEmpty()) {
            return byClientId(clientId, hash).orElseThrow();
        }
        insertLines(id, location, now, lines, true);
        events.publishEvent(event(id, "RETURN", location, now, total, lines));
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Sale> find(UUID id) {
        return jdbc.sql(SELECT_SALE + " where id = ?")
                .param(id)
                .query(SaleHead.ROWS)
                .optional()
                .map(this::withLines);
    }

    @Transactional(readOnly = true)
    public Optional<Sale> findByClientId(UUID clientId) {
        return jdbc.sql(SELECT_SALE + " where client_id = ?")
                .param(clientId)
                .query(SaleHead.ROWS)
                .optional()
                .map(this::withLines);
    }

    /** A location's latest sales, newest first (the cashier's journal). */
    @Transactional(readOnly = true)
    public List<Sale> latest(UUID locationId, int limit) {
        return withLines(jdbc.sql(SELECT_SALE + " where location_id = ? order by recorded_at desc limit ?")
                .params(locationId, limit)
                .query(SaleHead.ROWS)
                .list());
    }

    private Optional<Sale> byClientId(UUID clientId, String hash) {
        Optional<SaleHead> head = jdbc.sql(SELECT_SALE + " where client_id = ?")
                .param(clientId)
                .query(SaleHead.ROWS)
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        if (!head.get().requestHash().equals(hash)) {
            throw new SaleRejectedException("sale.clientIdReused");
        }
        return Optional.of(withLines(head.get()).asReplayed());
    }

    private void insertLines(UUID saleId, Location location, Instant occurredAt, List<Priced> lines, boolean isReturn) {
        OffsetDateTime at = OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        int lineNo = 1;
        for (Priced line : lines) {
            rows.add(new Object[] {
                saleId,
                lineNo++,
                line.variant().variantId(),
                line.variant().productId(),
                line.variant().actorId(),
                line.variant().valueChain(),
                line.variant().communeId(),
                location.kind().channel().name(),
                location.id(),
                at,
                line.quantity(),
                line.unitPrice(),
                line.amount()
            });
        }
        String values = String.join(",", java.util.Collections.nCopies(rows.size(), "(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        jdbc.sql("""
                        insert into sales_sale_line (sale_id, line_no, variant_id, product_id, seller_actor_id,
                          value_chain_code, commune_id, channel, location_id, occurred_at, quantity, unit_price, amount)
                        values """ + values)
                .params(rows.stream().flatMap(java.util.Arrays::stream).toArray())
                .update();
        // Stock in variant order, so that concurrent baskets lock levels in the same order.
        Map<UUID, BigDecimal> byVariant = new java.util.TreeMap<>();
        Map<UUID, SellableVariant> variants = new HashMap<>();
        for (Priced line : lines) {
            byVariant.merge(line.variant().variantId(), line.quantity().abs(), BigDecimal::add);
            variants.put(line.variant().variantId(), line.variant());
        }
        byVariant.forEach((variantId, quantity) ->
                stock.recordSaleLine(location.id(), variants.get(variantId), quantity, saleId, isReturn));
    }

    private Sale withLines(SaleHead head) {
        return withLines(List.of(head)).get(0);
    }

    /** The sales with their lines: one query for all the lines, one for their variants. */
    private List<Sale> withLines(List<SaleHead> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LineRow>> rowsBySale = new HashMap<>();
        jdbc.sql("""
                        select sale_id, line_no, variant_id, product_id, seller_actor_id, quantity, unit_price, amount
                        from sales_sale_line where sale_id = any(?) order by sale_id, line_no""")
                .param(heads.stream().map(SaleHead::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class),
                        new LineRow(
                                rs.getInt(2),
                                rs.getObject(3, UUID.class),
                                rs.getObject(4, UUID.class),
                                rs.getObject(5, UUID.class),
                                rs.getBigDecimal(6),
                                rs.getBigDecimal(7),
                                rs.getBigDecimal(8))))
                .list()
                .forEach(e -> rowsBySale
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<UUID, SellableVariant> variants = products.sellable(rowsBySale.values().stream()
                .flatMap(List::stream)
                .map(LineRow::variantId)
                .distinct()
                .toList());
        LocalizedText empty = new LocalizedText(null, null, null);
        return heads.stream()
                .map(head -> new Sale(
                        head.id(),
                        head.clientId(),
                        head.receiptNo(),
                        head.kind(),
                        head.channel(),
                        head.locationId(),
                        head.occurredAt(),
                        head.payment(),
                        head.total(),
                        head.refersTo(),
                        rowsBySale.getOrDefault(head.id(), List.of()).stream()
                                .map(r -> {
                                    SellableVariant v = variants.get(r.variantId());
                                    return new Sale.Line(
                                            r.lineNo(),
                                            r.variantId(),
                                            r.productId(),
                                            r.sellerActorId(),
                                            v == null ? empty : v.actorName(),
                                            v == null ? empty : v.labels(),
                                            r.quantity(),
                                            r.unitPrice(),
                                            r.amount());
                                })
                                .toList(),
                        head.cashGiven(),
                        false))
                .toList();
    }

    static SaleRecorded event(
            UUID id, String kind, Location location, Instant occurredAt, BigDecimal total, List<Priced> lines) {
        return new SaleRecorded(
                id,
                kind,
                location.kind().channel(),
                location.id(),
                occurredAt,
                total,
                lines.stream()
                        .map(l -> new SaleRecorded.Line(
                                l.variant().actorId(),
                                l.variant().communeId(),
                                l.variant().valueChain(),
                                l.variant().productId(),
                                l.variant().variantId(),
                                l.quantity(),
                                l.amount()))
                        .toList());
    }

    static void quantity(@Nullable BigDecimal quantity) {
        if (quantity == null
                || quantity.signum() <= 0
                || quantity.stripTrailingZeros().scale() > 3
                || quantity.compareTo(new BigDecimal("100000")) > 0) {
            throw new InvalidRequestException("lines", "validation.quantity");
        }
    }

    /** What identifies the request behind a client id: a retry must send the same sale. */
    static String hash(NewSale sale) {
        StringBuilder canonical =
                new StringBuilder().append(sale.locationId()).append('|').append(sale.payment());
        for (NewSale.Line line : sale.lines()) {
            canonical
                    .append('|')
                    .append(line.variantId())
                    .append('x')
                    .append(line.quantity().stripTrailingZeros().toPlainString())
                    .append('@')
                    .append(
                            line.unitPrice() == null
                                    ? ""
                                    : line.unitPrice().stripTrailingZeros().toPlainString());
        }
        return hash(canonical.toString());
    }

    private static String hash(String canonical) {
        return ma.tadamon.platform.Hashes.sha256Hex(canonical);
    }

    record Priced(SellableVariant variant, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {}

    private record LineRow(
            int lineNo,
            UUID variantId,
            UUID productId,
            UUID sellerActorId,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount) {}

    private static final String SELECT_SALE = """
            select id, client_id, request_hash, receipt_no, kind, channel, location_id, occurred_at, payment, total, refers_to,
              cash_given
            from sales_sale""";

    private record SaleHead(
            UUID id,
            UUID clientId,
            String requestHash,
            long receiptNo,
            String kind,
            Channel channel,
            UUID locationId,
            Instant occurredAt,
            Payment payment,
            BigDecimal total,
            @Nullable UUID refersTo,
            @Nullable BigDecimal cashGiven) {

        static final org.springframework.jdbc.core.RowMapper<SaleHead> ROWS = (rs, n) -> new SaleHead(
                rs.getObject("id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getString("request_hash"),
                rs.getLong("receipt_no"),
                rs.getString("kind"),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("location_id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                Payment.valueOf(rs.getString("payment")),
                rs.getBigDecimal("total"),
                rs.getObject("refers_to", UUID.class),
                rs.getBigDecimal("cash_given"));
    }
}
