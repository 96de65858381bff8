package ma.tadamon.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditActor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every stock movement, as journal entries: receipts (made or bought), consignment transfers (a
 * cooperative sends 20 jars to the store: out here, in there, one transfer), adjustments with a
 * reason, and — through {@link SalesLedger} — sales and returns. The database applies each entry
 * to the level and refuses a level below zero; this class turns that refusal into a clear error.
 */
@Service
@Transactional
public class StockJournal {

    public record Move(UUID variantId, BigDecimal quantity) {}

    public record Entry(
            long id,
            UUID variantId,
            String kind,
            BigDecimal quantity,
            @Nullable String reason,
            @Nullable UUID saleId,
            @Nullable UUID transferId,
            Instant recordedAt) {}

    public record Transfer(
            UUID id,
            String kind,
            UUID fromLocationId,
            UUID toLocationId,
            UUID actorId,
            @Nullable String note,
            Instant recordedAt,
            List<Move> lines) {}

    private final JdbcClient jdbc;
    private final Products products;
    private final Locations locations;

    StockJournal(JdbcClient jdbc, Products products, Locations locations) {
        this.jdbc = jdbc;
        this.products = products;
        this.locations = locations;
    }

    /** Goods made or bought arrive at a location (usually the actor's own). */
    public void receive(UUID locationId, UUID variantId, BigDecimal quantity, @Nullable String reason) {
        SellableVariant variant = variant(variantId);
        positive(quantity);
        insert(locationId, variant, "RECEIPT", quantity, reason, null, null);
    }

    /** A correction after a count, a loss or breakage: signed, with a reason, never below zero. */
    public void adjust(UUID locationId, UUID variantId, BigDecimal delta, String reason) {
        SellableVariant variant = variant(variantId);
        if (delta.signum() == 0 || delta.stripTrailingZeros().scale() > 3) {
            throw new InvalidRequestException("quantity", "validation.quantity");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "validation.reason");
        }
        insert(locationId, variant, "ADJUSTMENT", delta, reason.trim(), null, null);
    }

    /**
     * Moves an actor's goods from one location to another in one transfer, all lines or none:
     * consignment to a store, a return to the owner, or a move between its own places.
     */
    public UUID transfer(String kind, UUID actorId, UUID from, UUID to, List<Move> moves, @Nullable String note) {
        if (!List.of("CONSIGNMENT", "RETURN_TO_OWNER", "MOVE").contains(kind)) {
            throw new InvalidRequestException("kind", "validation.transfer.kind");
        }
        if (from.equals(to)) {
            throw new InvalidRequestException("to", "validation.transfer.samePlace");
        }
        if (moves.isEmpty()) {
            throw new InvalidRequestException("lines", "validation.lines.empty");
        }
        locations.find(from).orElseThrow(() -> new NotFoundException("location.notFound"));
        locations.find(to).orElseThrow(() -> new NotFoundException("location.notFound"));
        Map<UUID, SellableVariant> variants =
                products.sellable(moves.stream().map(Move::variantId).toList());
        for (Move move : moves) {
            SellableVariant variant = variants.get(move.variantId());
            if (variant == null) {
                throw new NotFoundException("product.notFound");
            }
            if (!variant.actorId().equals(actorId)) {
                throw new InvalidRequestException("lines", "validation.transfer.notOwner");
            }
            positive(move.quantity());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into sales_transfer (id, kind, from_location_id, to_location_id, actor_id, note,
                          recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, kind, from, to, actorId, blank(note), OffsetDateTime.now(ZoneOffset.UTC), currentAccount())
                .update();
        // Locked in a fixed order (variant id) so two transfers over the same goods cannot deadlock.
        List<Move> ordered = new ArrayList<>(moves);
        ordered.sort((a, b) -> a.variantId().compareTo(b.variantId()));
        for (Move move : ordered) {
            SellableVariant variant = variants.get(move.variantId());
            insert(from, variant, "TRANSFER_OUT", move.quantity().negate(), null, null, id);
            insert(to, variant, "TRANSFER_IN", move.quantity(), null, null, id);
        }
        return id;
    }

    /** Used by the ledger: one entry per sale line, in the sale's transaction. */
    void recordSaleLine(UUID locationId, SellableVariant variant, BigDecimal quantity, UUID saleId, boolean isReturn) {
        insert(
                locationId,
                variant,
                isReturn ? "RETURN" : "SALE",
                isReturn ? quantity : quantity.negate(),
                null,
                saleId,
                null);
    }

    @Transactional(readOnly = true)
    public List<StockLevel> levels(UUID locationId) {
        return jdbc.sql("""
                        select location_id, variant_id, actor_id, quantity from sales_stock_level
                        where location_id = ? order by actor_id, variant_id""")
                .param(locationId)
                .query((rs, n) -> new StockLevel(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getBigDecimal(4)))
                .list();
    }

    /** An actor's goods wherever they lie (own premises, stores, stalls). */
    @Transactional(readOnly = true)
    public List<StockLevel> levelsOfActor(UUID actorId) {
        return jdbc.sql("""
                        select location_id, variant_id, actor_id, quantity from sales_stock_level
                        where actor_id = ? order by location_id, variant_id""")
                .param(actorId)
                .query((rs, n) -> new StockLevel(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getBigDecimal(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public BigDecimal level(UUID locationId, UUID variantId) {
        return jdbc.sql("select quantity from sales_stock_level where location_id = ? and variant_id = ?")
                .params(locationId, variantId)
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
    }

    /** The levels of these variants at a location (absent: never stocked there). */
    @Transactional(readOnly = true)
    public Map<UUID, BigDecimal> levels(UUID locationId, java.util.Collection<UUID> variantIds) {
        Map<UUID, BigDecimal> levels = new java.util.HashMap<>();
        jdbc.sql("select variant_id, quantity from sales_stock_level where location_id = ? and variant_id = any(?)")
                .params(locationId, variantIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
                .list()
                .forEach(e -> levels.put(e.getKey(), e.getValue()));
        return levels;
    }

    @Transactional(readOnly = true)
    public List<Entry> entries(UUID locationId, UUID variantId, int limit) {
        return jdbc.sql("""
                        select id, variant_id, kind, quantity, reason, sale_id, transfer_id, recorded_at
                        from sales_stock_entry where location_id = ? and variant_id = ? order by id desc limit ?""")
                .params(locationId, variantId, limit)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("variant_id", UUID.class),
                        rs.getString("kind"),
                        rs.getBigDecimal("quantity"),
                        rs.getString("reason"),
                        rs.getObject("sale_id", UUID.class),
                        rs.getObject("transfer_id", UUID.class),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Transfers into or out of a location, newest first. */
    @Transactional(readOnly = true)
    public List<Transfer> transfers(UUID locationId, int limit) {
        List<Transfer> transfers = jdbc.sql("""
                        select id, kind, from_location_id, to_location_id, actor_id, note, recorded_at from sales_transfer
                        where from_location_id = ? or to_location_id = ? order by recorded_at desc limit ?""")
                .params(locationId, locationId, limit)
                .query((rs, n) -> new Transfer(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("from_location_id", UUID.class),
                        rs.getObject("to_location_id", UUID.class),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("note"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        List.of()))
                .list();
        if (transfers.isEmpty()) {
            return transfers;
        }
        Map<UUID, List<Move>> lines = new java.util.HashMap<>();
        jdbc.sql("""
                        select transfer_id, variant_id, quantity from sales_stock_entry
                        where transfer_id = any(?) and kind = 'TRANSFER_IN' order by id""")
                .param(transfers.stream().map(Transfer::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class), new Move(rs.getObject(2, UUID.class), rs.getBigDecimal(3))))
                .list()
                .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return transfers.stream()
                .map(t -> new Transfer(
                        t.id(),
                        t.kind(),
                        t.fromLocationId(),
                        t.toLocationId(),
                        t.actorId(),
                        t.note(),
                        t.recordedAt(),
                        lines.getOrDefault(t.id(), List.of())))
                .toList();
    }

    private void insert(
            UUID locationId,
            SellableVariant variant,
            String kind,
            BigDecimal quantity,
            @Nullable String reason,
            @Nullable UUID saleId,
            @Nullable UUID transferId) {
        try {
            jdbc.sql("""
                            insert into sales_stock_entry (location_id, variant_id, actor_id, kind, quantity, reason,
                              sale_id, transfer_id, recorded_at, recorded_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            locationId,
                            variant.variantId(),
                            variant.actorId(),
                            kind,
                            quantity,
                            reason,
                            saleId,
                            transferId,
                            OffsetDateTime.now(ZoneOffset.UTC),
                            currentAccount())
                    .update();
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("sales_stock_level_nonnegative_ck")) {
                throw new InsufficientStockException(
                        variant.variantId(), variant.label(LocaleContextHolder.getLocale()));
            }
            throw e;
        }
    }

    private SellableVariant variant(UUID variantId) {
        SellableVariant variant = products.sellable(List.of(variantId)).get(variantId);
        if (variant == null) {
            throw new NotFoundException("product.notFound");
        }
        return variant;
    }

    private static void positive(@Nullable BigDecimal quantity) {
        if (quantity == null
                || quantity.signum() <= 0
                || quantity.stripTrailingZeros().scale() > 3) {
            throw new InvalidRequestException("quantity", "validation.quantity");
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static @Nullable UUID currentAccount() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuditActor actor
                ? actor.accountId()
                : null;
    }
}
