package ma.tadamon.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales made offline by a device (a fair stall, the fair's store corner), entered in batches as the
 * device syncs. Each sale enters the ledger once: a batch sent again, in part or whole, in any
 * order, records nothing twice (client id and the device's sequence number are unique in the
 * ledger). An offline sale is never refused for want of stock: it takes what the location holds
 * and the shortfall is kept as a stock discrepancy for review, so stock never goes below zero
 * and stock plus discrepancies always balance. A batch is set-based: a handful of statements
 * whatever its size.
 */
@Service
@Transactional
public class OfflineSales {

    public static final int MAX_BATCH = 500;

    /** A sale as the device kept it, with flags the caller sets (e.g. {@code LATE}: its day was closed). */
    public record OfflineSale(NewSale sale, Set<String> flags) {}

    public enum Status {
        RECORDED,
        DUPLICATE,
        REJECTED
    }

    /**
     * What became of one sale of a batch: recorded now, already recorded earlier (same answer as
     * then), or rejected with a message key (a malformed sale; the device keeps it for a person to look at).
     */
    public record Outcome(
            UUID clientId,
            @Nullable Long deviceSeq,
            Status status,
            @Nullable Long receiptNo,
            @Nullable BigDecimal total,
            BigDecimal shortfall,
            @Nullable String problem) {}

    /** The largest unit price sales_sale_line.unit_price (numeric(12, 2)) holds. */
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    /** The largest amount sales_sale.total, cash_given and line amounts (numeric(14, 2)) hold. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final JdbcClient jdbc;
    private final Products products;
    private final Locations locations;
    private final SalesLedger ledger;
    private final ApplicationEventPublisher events;
    private final ma.tadamon.platform.audit.AuditLog audit;

    OfflineSales(
            JdbcClient jdbc,
            Products products,
            Locations locations,
            SalesLedger ledger,
            ApplicationEventPublisher events,
            ma.tadamon.platform.audit.AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.products = products;
        this.locations = locations;
        this.ledger = ledger;
        this.events = events;
    }

    /**
     * Records a device's batch at one location. Concurrent batches of one device are taken one
     * after the other (a lock on the device), so two tabs or a retry racing its original cannot
     * interleave; batches of different devices run side by side.
     */
    public List<Outcome> record(UUID locationId, UUID deviceId, List<OfflineSale> batch) {
        if (batch.size() > MAX_BATCH) {
            throw new InvalidRequestException("sales", "validation.batch.size", MAX_BATCH);
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 7))")
                .param(deviceId.toString())
                .query((rs, n) -> 1)
                .list();
        Location location = locations.find(locationId).orElseThrow(() -> new NotFoundException("location.notFound"));
        Map<UUID, SellableVariant> variants = products.sellable(batch.stream()
                .flatMap(s -> s.sale().lines().stream())
                .map(NewSale.Line::variantId)
                .distinct()
                .toList());

        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        List<Entry> valid = new ArrayList<>();
        for (OfflineSale offline : batch) {
            NewSale sale = offline.sale();
            String problem = problem(sale, location, variants);
            if (problem != null) {
                outcomes.putIfAbsent(
                        sale.clientId(),
                        new Outcome(
                                sale.clientId(),
                                sale.deviceSeq(),
                                Status.REJECTED,
                                null,
                                null,
                                BigDecimal.ZERO,
                                problem));
                continue;
            }
            Entry entry = new Entry(UUID.randomUUID(), offline, priced(sale, variants), SalesLedger.hash(sale));
            // What the ledger's columns and checks would refuse is refused here, for this sale alone:
            // a constraint violated in the set-based insert would fail the whole batch.
            String refused = entry.total().compareTo(MAX_AMOUNT) > 0
                    ? "validation.price"
                    : sale.cashGiven() != null
                                    && sale.cashGiven()
                                                    .setScale(2, RoundingMode.HALF_UP)
                                                    .compareTo(entry.total())
                                            < 0
                            ? "pos.cashTooLow"
                            : null;
            if (refused != null) {
                outcomes.putIfAbsent(
                        sale.clientId(),
                        new Outcome(
                                sale.clientId(),
                                sale.deviceSeq(),
                                Status.REJECTED,
                                null,
                                null,
                                BigDecimal.ZERO,
                                refused));
                continue;
            }
            valid.add(entry);
        }

        Map<UUID, Long> inserted = insertHeads(location, deviceId, valid);
        List<Entry> recorded = new ArrayList<>();
        List<Entry> conflicting = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Entry entry : valid) {
            UUID clientId = entry.offline().sale().clientId();
            if (inserted.containsKey(clientId) && seen.add(clientId)) {
                recorded.add(entry);
            } else {
                conflicting.add(entry);
            }
        }
        Map<UUID, BigDecimal> shortfalls =
                recorded.isEmpty() ? Map.of() : insertLinesAndStock(location, recorded, inserted);
        for (Entry entry : recorded) {
            NewSale sale = entry.offline().sale();
            outcomes.put(
                    sale.clientId(),
                    new Outcome(
                            sale.clientId(),
                            sale.deviceSeq(),
                            Status.RECORDED,
                            inserted.get(sale.clientId()),
                            entry.total(),
                            shortfalls.getOrDefault(entry.id(), BigDecimal.ZERO),
                            null));
        }
        answerConflicts(conflicting, outcomes);
        for (Entry entry : recorded) {
            events.publishEvent(
                    SalesLedger.event(entry.id(), "SALE", location, entry.occurredAt(), entry.total(), entry.lines()));
        }
        if (!recorded.isEmpty() && location.kind() != LocationKind.ACTOR) {
            ledger.warnOfLowStock(
                    location, recorded.stream().flatMap(e -> e.lines().stream()).toList());
        }
        // One answer per client id, in the batch's order, even if the batch holds a sale twice: a set
        // of the ids answered, not a scan of the answer (that compared outcomes n² / 2 times per batch).
        List<Outcome> answer = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        for (OfflineSale offline : batch) {
            Outcome outcome = outcomes.get(offline.sale().clientId());
            if (outcome != null && answered.add(offline.sale().clientId())) {
                answer.add(outcome);
            }
        }
        return answer;
    }

    /** The highest sequence number the ledger holds from this device (0 when none). */
    @Transactional(readOnly = true)
    public long lastSequence(UUID deviceId) {
        Long last = jdbc.sql("select coalesce(max(device_seq), 0) from sales_sale where device_id = ?")
                .param(deviceId)
                .query(Long.class)
                .single();
        return last == null ? 0 : last;
    }

    /** Discrepancies not yet reviewed at these locations. */
    @Transactional(readOnly = true)
    public List<Discrepancy> openDiscrepancies(List<UUID> locationIds) {
        return jdbc.sql("""
                        select d.id, d.sale_id, s.receipt_no, d.line_no, d.location_id, d.variant_id, d.actor_id,
                          d.quantity, s.occurred_at
                        from sales_stock_discrepancy d join sales_sale s on s.id = d.sale_id
                        where d.location_id = any(?) and d.resolved_at is null
                        order by s.occurred_at, d.id""")
                .param(locationIds.toArray(UUID[]::new))
                .query((rs, n) -> new Discrepancy(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class),
                        rs.getBigDecimal(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** A shortfall an offline sale left: the quantity sold beyond the stock the location held. */
    public record Discrepancy(
            long id,
            UUID saleId,
            long receiptNo,
            int lineNo,
            UUID locationId,
            UUID variantId,
            UUID actorId,
            BigDecimal quantity,
            Instant occurredAt) {}

    /**
     * Closes a discrepancy after review with what explains it (goods brought from home and not
     * entered, a miscount...); stock is corrected separately by an adjustment if need be.
     */
    public void resolveDiscrepancy(long id, Collection<UUID> at, String resolution) {
        if (resolution.isBlank()) {
            throw new InvalidRequestException("resolution", "validation.required");
        }
        if (resolution.strip().length() > 500) {
            throw new InvalidRequestException("resolution", "validation.tooLong", 500);
        }
        int changed = jdbc.sql("""
                        update sales_stock_discrepancy set resolved_at = now(), resolved_by = ?, resolution = ?
                        where id = ? and location_id = any(?) and resolved_at is null""")
                .params(StockJournal.currentAccount(), resolution.strip(), id, at.toArray(UUID[]::new))
                .update();
        if (changed == 0) {
            throw new NotFoundException("discrepancy.notFound");
        }
        audit.record("RESOLVE", "stock-discrepancy", id, null, java.util.Map.of("resolution", resolution.strip()));
    }

    private static @Nullable String problem(NewSale sale, Location location, Map<UUID, SellableVariant> variants) {
        if (sale.lines().isEmpty() || sale.lines().size() > SalesLedger.MAX_LINES) {
            return "validation.lines.count";
        }
        if (sale.deviceSeq() == null || sale.deviceSeq() < 1 || sale.occurredAt() == null) {
            return "pos.seqMissing";
        }
        if (sale.payment() == null) {
            return "validation.payment";
        }
        for (NewSale.Line line : sale.lines()) {
            try {
                SalesLedger.quantity(line.quantity());
            } catch (InvalidRequestException e) {
                return e.messageKey();
            }
            if (line.unitPrice() != null
                    && (line.unitPrice().signum() < 0
                            || line.unitPrice().stripTrailingZeros().scale() > 2
                            || line.unitPrice().compareTo(MAX_PRICE) > 0)) {
                return "validation.price";
            }
            SellableVariant variant = variants.get(line.variantId());
            if (variant == null) {
                return "product.notFound";
            }
            // A stall sells its exhibitor's goods only; a store (corner) sells any consigned goods.
            if (location.kind() == LocationKind.STALL && !variant.actorId().equals(location.partyId())) {
                return "pos.notThisStall";
            }
        }
        if (sale.cashGiven() != null
                && (sale.payment() != Payment.CASH
                        || sale.cashGiven().signum() < 0
                        || sale.cashGiven().compareTo(MAX_AMOUNT) > 0)) {
            return "pos.cashInvalid";
        }
        return null;
    }

    private static List<SalesLedger.Priced> priced(NewSale sale, Map<UUID, SellableVariant> variants) {
        List<SalesLedger.Priced> lines = new ArrayList<>();
        for (NewSale.Line line : sale.lines()) {
            SellableVariant variant = variants.get(line.variantId());
            // The price the device showed is the price the buyer paid.
            BigDecimal price = line.unitPrice() != null ? line.unitPrice() : variant.price();
            lines.add(new SalesLedger.Priced(
                    variant,
                    line.quantity(),
                    price,
                    line.quantity().multiply(price).setScale(2, RoundingMode.HALF_UP)));
        }
        return lines;
    }

    /** All heads in one statement; what was new comes back with its receipt number. */
    private Map<UUID, Long> insertHeads(Location location, UUID deviceId, List<Entry> entries) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        int n = entries.size();
        String[] ids = new String[n];
        String[] clientIds = new String[n];
        String[] hashes = new String[n];
        String[] occurred = new String[n];
        String[] payments = new String[n];
        String[] totals = new String[n];
        String[] lineCounts = new String[n];
        String[] seqs = new String[n];
        String[] cash = new String[n];
        String[] flags = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            NewSale sale = e.offline().sale();
            ids[i] = e.id().toString();
            clientIds[i] = sale.clientId().toString();
            hashes[i] = e.hash();
            occurred[i] = e.occurredAt().toString();
            payments[i] = sale.payment().name();
            totals[i] = e.total().toPlainString();
            lineCounts[i] = Integer.toString(e.lines().size());
            seqs[i] = String.valueOf(sale.deviceSeq());
            cash[i] = sale.cashGiven() == null
                    ? null
                    : sale.cashGiven().setScale(2, RoundingMode.HALF_UP).toPlainString();
            flags[i] = String.join(",", new java.util.TreeSet<>(e.offline().flags()));
        }
        Map<UUID, Long> receipts = new HashMap<>();
        jdbc.sql("""
                        insert into sales_sale (id, client_id, request_hash, kind, channel, location_id, occurred_at,
                          recorded_at, payment, total, line_count, recorded_by, device_id, device_seq, cash_given, flags)
                        select id::uuid, client_id::uuid, hash, 'SALE', ?, ?, occurred::timestamptz, now(), payment,
                          total::numeric, line_count::int, null, ?, seq::bigint, cash::numeric,
                          case when flags = '' then '{}'::text[] else string_to_array(flags, ',') end
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[])
                          as t(id, client_id, hash, occurred, payment, total, line_count, seq, cash, flags)
                        on conflict do nothing
                        returning client_id, receipt_no""")
                .params(
                        location.kind().channel().name(),
                        location.id(),
                        deviceId,
                        ids,
                        clientIds,
                        hashes,
                        occurred,
                        payments,
                        totals,
                        lineCounts,
                        seqs,
                        cash,
                        flags)
                .query((rs, i) -> receipts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        return receipts;
    }

    /**
     * Lines in one statement; then stock under the levels' row locks (taken in variant order, as
     * every sale and transfer does): each line takes what is left, in the device's order of sale,
     * and the rest of it becomes a discrepancy. Returns each sale's total shortfall.
     */
    private Map<UUID, BigDecimal> insertLinesAndStock(
            Location location, List<Entry> recorded, Map<UUID, Long> receipts) {
        List<String[]> lineRows = new ArrayList<>();
        String at;
        for (Entry entry : recorded) {
            at = entry.occurredAt().toString();
            int lineNo = 1;
            for (SalesLedger.Priced line : entry.lines()) {
                lineRows.add(new String[] {
                    entry.id().toString(),
                    Integer.toString(lineNo++),
                    line.variant().variantId().toString(),
                    line.variant().productId().toString(),
                    line.variant().actorId().toString(),
                    line.variant().valueChain(),
                    Long.toString(line.variant().communeId()),
                    at,
                    line.quantity().toPlainString(),
                    line.unitPrice().toPlainString(),
                    line.amount().toPlainString()
                });
            }
        }
        jdbc.sql("""
                        insert into sales_sale_line (sale_id, line_no, variant_id, product_id, seller_actor_id,
                          value_chain_code, commune_id, channel, location_id, occurred_at, quantity, unit_price, amount)
                        select sale_id::uuid, line_no::int, variant_id::uuid, product_id::uuid, seller::uuid, chain,
                          commune::bigint, ?, ?, occurred::timestamptz, quantity::numeric, price::numeric, amount::numeric
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[])
                          as t(sale_id, line_no, variant_id, product_id, seller, chain, commune, occurred, quantity,
                            price, amount)""")
                .params(
                        location.kind().channel().name(),
                        location.id(),
                        column(lineRows, 0),
                        column(lineRows, 1),
                        column(lineRows, 2),
                        column(lineRows, 3),
                        column(lineRows, 4),
                        column(lineRows, 5),
                        column(lineRows, 6),
                        column(lineRows, 7),
                        column(lineRows, 8),
                        column(lineRows, 9),
                        column(lineRows, 10))
                .update();

        // Stock: lock the levels in variant order, then allocate in the device's order of sale.
        // The order is java.util.UUID's (the TreeMap's), the one store sales and transfers lock
        // levels in; PostgreSQL's uuid order differs (unsigned bytes), and a sync ordered by it
        // deadlocked with a transfer restocking the same stall.
        TreeMap<UUID, SellableVariant> touched = new TreeMap<>();
        recorded.forEach(e -> e.lines().forEach(l -> touched.put(l.variant().variantId(), l.variant())));
        Map<UUID, BigDecimal> available = new HashMap<>();
        jdbc.sql("""
                        select l.variant_id, l.quantity
                        from unnest(?::uuid[]) with ordinality as o(variant_id, n)
                        join sales_stock_level l on l.location_id = ? and l.variant_id = o.variant_id
                        order by o.n for update of l""")
                .params(touched.keySet().toArray(UUID[]::new), location.id())
                .query((rs, n) -> available.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
                .list();
        List<Entry> inOrder = new ArrayList<>(recorded);
        inOrder.sort(Comparator.comparing(
                        (Entry e) -> e.offline().sale().deviceSeq(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::occurredAt));
        List<String[]> stockRows = new ArrayList<>();
        List<String[]> shortRows = new ArrayList<>();
        Map<UUID, BigDecimal> shortBySale = new HashMap<>();
        for (Entry entry : inOrder) {
            Map<UUID, BigDecimal> takenByVariant = new TreeMap<>();
            int lineNo = 1;
            for (SalesLedger.Priced line : entry.lines()) {
                UUID variantId = line.variant().variantId();
                BigDecimal left = available.getOrDefault(variantId, BigDecimal.ZERO);
                BigDecimal take = left.min(line.quantity());
                BigDecimal shortfall = line.quantity().subtract(take);
                available.put(variantId, left.subtract(take));
                if (take.signum() > 0) {
                    takenByVariant.merge(variantId, take, BigDecimal::add);
                }
                if (shortfall.signum() > 0) {
                    shortRows.add(new String[] {
                        entry.id().toString(),
                        Integer.toString(lineNo),
                        variantId.toString(),
                        line.variant().actorId().toString(),
                        shortfall.toPlainString()
                    });
                    shortBySale.merge(entry.id(), shortfall, BigDecimal::add);
                }
                lineNo++;
            }
            takenByVariant.forEach((variantId, taken) -> stockRows.add(new String[] {
                variantId.toString(),
                touched.get(variantId).actorId().toString(),
                taken.negate().toPlainString(),
                entry.id().toString()
            }));
        }
        if (!stockRows.isEmpty()) {
            jdbc.sql("""
                            insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, sale_id, recorded_by)
                            select ?, variant_id::uuid, actor_id::uuid, 'SALE', quantity::numeric, sale_id::uuid, null
                            from unnest(?::text[], ?::text[], ?::text[], ?::text[])
                              as t(variant_id, actor_id, quantity, sale_id)""")
                    .params(
                            location.id(),
                            column(stockRows, 0),
                            column(stockRows, 1),
                            column(stockRows, 2),
                            column(stockRows, 3))
                    .update();
        }
        if (!shortRows.isEmpty()) {
            jdbc.sql("""
                            insert into sales_stock_discrepancy (sale_id, line_no, location_id, variant_id, actor_id,
                              quantity, recorded_at)
                            select sale_id::uuid, line_no::int, ?, variant_id::uuid, actor_id::uuid, quantity::numeric, now()
                            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                              as t(sale_id, line_no, variant_id, actor_id, quantity)""")
                    .params(
                            location.id(),
                            column(shortRows, 0),
                            column(shortRows, 1),
                            column(shortRows, 2),
                            column(shortRows, 3),
                            column(shortRows, 4))
                    .update();
        }
        return shortBySale;
    }

    /** Sales not inserted: the same sale already in the ledger, or a client id or sequence number reused. */
    private void answerConflicts(List<Entry> conflicting, Map<UUID, Outcome> outcomes) {
        if (conflicting.isEmpty()) {
            return;
        }
        Map<UUID, Object[]> existing = new HashMap<>();
        jdbc.sql("""
                        select s.client_id, s.request_hash, s.receipt_no, s.total,
                          coalesce((select sum(d.quantity) from sales_stock_discrepancy d where d.sale_id = s.id), 0)
                        from sales_sale s where s.client_id = any(?)""")
                .param(conflicting.stream()
                        .map(e -> e.offline().sale().clientId())
                        .toArray(UUID[]::new))
                .query((rs, n) -> existing.put(
                        rs.getObject(1, UUID.class),
                        new Object[] {rs.getString(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5)}))
                .list();
        for (Entry entry : conflicting) {
            NewSale sale = entry.offline().sale();
            if (outcomes.containsKey(sale.clientId())) {
                continue;
            }
            Object[] row = existing.get(sale.clientId());
            Outcome outcome;
            if (row == null) {
                outcome = new Outcome(
                        sale.clientId(),
                        sale.deviceSeq(),
                        Status.REJECTED,
                        null,
                        null,
                        BigDecimal.ZERO,
                        "pos.seqReused");
            } else if (!row[0].equals(entry.hash())) {
                outcome = new Outcome(
                        sale.clientId(),
                        sale.deviceSeq(),
                        Status.REJECTED,
                        null,
                        null,
                        BigDecimal.ZERO,
                        "sale.clientIdReused");
            } else {
                outcome = new Outcome(
                        sale.clientId(),
                        sale.deviceSeq(),
                        Status.DUPLICATE,
                        (Long) row[1],
                        (BigDecimal) row[2],
                        (BigDecimal) row[3],
                        null);
            }
            outcomes.put(sale.clientId(), outcome);
        }
    }

    private static String[] column(List<String[]> rows, int index) {
        String[] column = new String[rows.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = rows.get(i)[index];
        }
        return column;
    }

    private record Entry(UUID id, OfflineSale offline, List<SalesLedger.Priced> lines, String hash) {

        BigDecimal total() {
            return lines.stream().map(SalesLedger.Priced::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        Instant occurredAt() {
            return java.util.Objects.requireNonNull(offline.sale().occurredAt()).truncatedTo(ChronoUnit.MICROS);
        }
    }
}
