package ma.tadamon.sales;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settlement statements: what a store owes each consigning cooperative for a period, computed from
 * the ledger (the cooperative's lines sold at the store between the first day 00:00 and the day
 * after the last, Morocco time). Gross is sales less returns; the commission is the store's current
 * rate, frozen on the statement with its figures, lines and the sales it covers. Two statements of
 * one store and cooperative never overlap. Access is checked by the callers ({@link SalesAccess}).
 */
@Service
@Transactional
public class Settlements {

    public static final int MAX_REFERENCE = 100;

    private static final String SELECT = """
            select id, number, location_id, actor_id, period_from, period_to, gross, commission_rate, commission,
              net, line_count, issued_at, paid_on, payment_reference
            from sales_settlement""";

    private final JdbcClient jdbc;
    private final Locations locations;
    private final Products products;
    private final AuditLog audit;
    private final ZoneId zone;

    Settlements(
            JdbcClient jdbc,
            Locations locations,
            Products products,
            AuditLog audit,
            @Value("${tadamon.zone:Africa/Casablanca}") ZoneId zone) {
        this.jdbc = jdbc;
        this.locations = locations;
        this.products = products;
        this.audit = audit;
        this.zone = zone;
    }

    /** The statement as it would be issued now; nothing is written. */
    @Transactional(readOnly = true)
    public SettlementPreview preview(UUID storeId, UUID actorId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Location store = locations.store(storeId);
        period(from, to);
        return compute(store, actorId, from, to);
    }

    /**
     * Issues a numbered statement at the store's current rate. Refused for a period not yet over,
     * without any sale, or overlapping a statement already issued for this store and cooperative
     * (concurrent issues for the same pair are serialized).
     */
    public Settlement issue(UUID storeId, UUID actorId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Location store = locations.store(storeId);
        period(from, to);
        if (!to.isBefore(LocalDate.now(zone))) {
            throw new InvalidRequestException("to", "settlement.periodNotOver");
        }
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) lock")
                .param("settlement:" + storeId + ":" + actorId)
                .query(Integer.class)
                .single();
        Optional<String> overlapping = jdbc.sql("""
                        select number from sales_settlement
                        where location_id = ? and actor_id = ? and period_from <= ? and period_to >= ?
                        order by period_from limit 1""")
                .params(storeId, actorId, to, from)
                .query(String.class)
                .optional();
        if (overlapping.isPresent()) {
            throw new InvalidRequestException("from", "settlement.overlap", overlapping.get());
        }
        SettlementPreview preview = compute(store, actorId, from, to);
        if (preview.isEmpty()) {
            throw new InvalidRequestException("actorId", "settlement.empty");
        }
        Instant now = Instant.now();
        long seq = jdbc.sql("select nextval('sales_settlement_seq')")
                .query(Long.class)
                .single();
        String number =
                String.format(Locale.ROOT, "ST-%d-%06d", now.atZone(zone).getYear(), seq);
        UUID id = UUID.randomUUID();
        SettlementFigures f = preview.figures();
        jdbc.sql("""
                        insert into sales_settlement (id, number, location_id, actor_id, period_from, period_to, gross,
                          commission_rate, commission, net, line_count, issued_at, issued_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        number,
                        storeId,
                        actorId,
                        from,
                        to,
                        f.gross(),
                        f.rate(),
                        f.commission(),
                        f.net(),
                        preview.lines().size(),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        StockJournal.currentAccount())
                .update();
        for (SettlementLine line : preview.lines()) {
            jdbc.sql("""
                            insert into sales_settlement_line (settlement_id, line_no, variant_id, product_id, quantity,
                              amount)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, line.lineNo(), line.variantId(), line.productId(), line.quantity(), line.amount())
                    .update();
        }
        for (SettlementSale sale : preview.sales()) {
            jdbc.sql("insert into sales_settlement_sale (settlement_id, sale_id, amount) values (?, ?, ?)")
                    .params(id, sale.saleId(), sale.amount())
                    .update();
        }
        Settlement issued = find(id).orElseThrow();
        audit.record("ISSUE", "settlement", id, null, issued);
        return issued;
    }

    /** Records the payment of the net amount, once: its date (not in the future) and reference. */
    public Settlement markPaid(UUID id, @Nullable LocalDate paidOn, @Nullable String reference) {
        Settlement before = jdbc.sql(SELECT + " where id = ? for update")
                .param(id)
                .query(Settlements::settlement)
                .optional()
                .orElseThrow(() -> new NotFoundException("settlement.notFound"));
        if (before.paid()) {
            throw new InvalidRequestException("paidOn", "settlement.alreadyPaid", before.number());
        }
        if (paidOn == null) {
            throw new InvalidRequestException("paidOn", "settlement.paidOn.required");
        }
        if (paidOn.isAfter(LocalDate.now(zone))) {
            throw new InvalidRequestException("paidOn", "settlement.paidOn.future");
        }
        String ref = reference == null ? "" : reference.trim();
        if (ref.isEmpty() || ref.length() > MAX_REFERENCE) {
            throw new InvalidRequestException("paymentReference", "settlement.reference.invalid", MAX_REFERENCE);
        }
        jdbc.sql("""
                        update sales_settlement set paid_on = ?, payment_reference = ?, paid_at = ?, paid_by = ?
                        where id = ?""")
                .params(paidOn, ref, OffsetDateTime.now(ZoneOffset.UTC), StockJournal.currentAccount(), id)
                .update();
        Settlement after = find(id).orElseThrow();
        audit.record("PAID", "settlement", id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<Settlement> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(Settlements::settlement)
                .optional();
    }

    /** A store's statements, newest period first. */
    @Transactional(readOnly = true)
    public List<Settlement> ofStore(UUID storeId) {
        return jdbc.sql(SELECT + " where location_id = ? order by period_from desc, number desc")
                .param(storeId)
                .query(Settlements::settlement)
                .list();
    }

    /** A cooperative's statements from every store, newest period first. */
    @Transactional(readOnly = true)
    public List<Settlement> ofActor(UUID actorId) {
        return jdbc.sql(SELECT + " where actor_id = ? order by period_from desc, number desc")
                .param(actorId)
                .query(Settlements::settlement)
                .list();
    }

    /** The frozen lines of an issued statement. */
    @Transactional(readOnly = true)
    public List<SettlementLine> lines(UUID id) {
        List<SettlementLine> raw = jdbc.sql("""
                        select line_no, variant_id, product_id, quantity, amount from sales_settlement_line
                        where settlement_id = ? order by line_no""")
                .param(id)
                .query((rs, n) -> new SettlementLine(
                        rs.getInt(1),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        EMPTY,
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5)))
                .list();
        return labelled(raw);
    }

    /** The sales and returns an issued statement covers. */
    @Transactional(readOnly = true)
    public List<SettlementSale> sales(UUID id) {
        return jdbc.sql("""
                        select s.id, s.receipt_no, s.kind, s.occurred_at, x.amount
                        from sales_settlement_sale x join sales_sale s on s.id = x.sale_id
                        where x.settlement_id = ? order by s.occurred_at, s.receipt_no""").param(id).query(Settlements::sale).list();
    }

    /** Cooperatives whose goods lie or were sold at the store: whom it may settle with. */
    @Transactional(readOnly = true)
    public List<UUID> sellersAt(UUID storeId) {
        return jdbc.sql("""
                        select actor_id from sales_stock_level where location_id = ?
                        union
                        select seller_actor_id from sales_sale_line where location_id = ?""").params(storeId, storeId).query(UUID.class).list();
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The lines a statement covers: the cooperative's sales at the store dated in the period, and
     * those recorded late — dated in an earlier period whose statement was issued before they reached
     * the ledger (an offline point of sale, a correction) — which no statement covers yet. Nothing
     * sold is left out of every statement, and nothing is settled twice.
     */
    private static final String COVERED = """
             from sales_sale_line l
            where l.location_id = ? and l.seller_actor_id = ? and l.occurred_at < ?
              and (l.occurred_at >= ?
                or exists (
                  select 1 from sales_settlement st join sales_sale late on late.id = l.sale_id
                  where st.location_id = l.location_id and st.actor_id = l.seller_actor_id
                    and l.occurred_at >= st.period_from::timestamp at time zone ?
                    and l.occurred_at < (st.period_to + 1)::timestamp at time zone ?
                    and late.recorded_at > st.issued_at)
                  and not exists (
                    select 1 from sales_settlement_sale ss join sales_settlement done on done.id = ss.settlement_id
                    where ss.sale_id = l.sale_id and done.actor_id = l.seller_actor_id))""";

    private SettlementPreview compute(Location store, UUID actorId, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        Object[] covered = {store.id(), actorId, end, start, zone.getId(), zone.getId()};
        List<SettlementLine> raw = jdbc.sql("select l.variant_id, l.product_id, sum(l.quantity), sum(l.amount)"
                        + COVERED + " group by l.variant_id, l.product_id")
                .params(covered)
                .query((rs, n) -> new SettlementLine(
                        0,
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        EMPTY,
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4)))
                .list();
        List<SettlementLine> labelled = new ArrayList<>(labelled(raw));
        labelled.sort(Comparator.comparing((SettlementLine l) -> l.label().in(Locale.FRENCH))
                .thenComparing(SettlementLine::variantId));
        List<SettlementLine> lines = new ArrayList<>();
        BigDecimal gross = BigDecimal.ZERO;
        for (SettlementLine l : labelled) {
            lines.add(new SettlementLine(
                    lines.size() + 1, l.variantId(), l.productId(), l.label(), l.quantity(), l.amount()));
            gross = gross.add(l.amount());
        }
        List<SettlementSale> sales = jdbc.sql("select s.id, s.receipt_no, s.kind, s.occurred_at, sum(l.amount)"
                        + COVERED.replace(
                                " from sales_sale_line l",
                                " from sales_sale_line l join sales_sale s on s.id = l.sale_id")
                        + " group by s.id, s.receipt_no, s.kind, s.occurred_at order by s.occurred_at, s.receipt_no")
                .params(covered)
                .query(Settlements::sale)
                .list();
        return new SettlementPreview(
                store.id(), actorId, from, to, SettlementFigures.of(gross, store.commission()), lines, sales);
    }

    private List<SettlementLine> labelled(List<SettlementLine> lines) {
        Map<UUID, SellableVariant> variants = products.sellable(
                lines.stream().map(SettlementLine::variantId).distinct().toList());
        Map<UUID, LocalizedText> labels = new LinkedHashMap<>();
        variants.forEach((id, v) -> labels.put(id, v.labels()));
        return lines.stream()
                .map(l -> new SettlementLine(
                        l.lineNo(),
                        l.variantId(),
                        l.productId(),
                        labels.getOrDefault(l.variantId(), EMPTY),
                        l.quantity(),
                        l.amount()))
                .toList();
    }

    private static void period(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null) {
            throw new InvalidRequestException("from", "settlement.period.required");
        }
        if (to == null) {
            throw new InvalidRequestException("to", "settlement.period.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "settlement.period.order");
        }
    }

    private static final LocalizedText EMPTY = new LocalizedText(null, null, null);

    private static SettlementSale sale(ResultSet rs, int n) throws SQLException {
        return new SettlementSale(
                rs.getObject(1, UUID.class),
                rs.getLong(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(),
                rs.getBigDecimal(5));
    }

    static Settlement settlement(ResultSet rs, int n) throws SQLException {
        return new Settlement(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getObject("location_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getBigDecimal("gross"),
                rs.getBigDecimal("commission_rate"),
                rs.getBigDecimal("commission"),
                rs.getBigDecimal("net"),
                rs.getInt("line_count"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                rs.getObject("paid_on", LocalDate.class),
                rs.getString("payment_reference"));
    }
}
