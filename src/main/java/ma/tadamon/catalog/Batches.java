package ma.tadamon.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Production lots: recorded by the actor's managers, shown on the traceability page of each lot. */
@Service
@Transactional
public class Batches {

    private static final RowMapper<Batch> ROWS = (rs, row) -> new Batch(
            rs.getObject("id", UUID.class),
            rs.getObject("product_id", UUID.class),
            rs.getString("lot"),
            rs.getObject("produced_on", LocalDate.class),
            rs.getObject("best_before", LocalDate.class),
            rs.getBigDecimal("quantity"),
            rs.getString("notes_ar"),
            rs.getString("notes_fr"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Batches(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public UUID add(
            UUID productId,
            @Nullable String lot,
            @Nullable LocalDate producedOn,
            @Nullable LocalDate bestBefore,
            @Nullable BigDecimal quantity,
            @Nullable String notesAr,
            @Nullable String notesFr) {
        String code = lot == null ? "" : lot.trim();
        if (!code.matches("[0-9A-Za-z._-]{1,32}") || code.startsWith("qr.")) {
            throw new InvalidRequestException("lot", "validation.batch.lot");
        }
        if (producedOn == null) {
            throw new InvalidRequestException("producedOn", "validation.batch.producedOn");
        }
        if (bestBefore != null && bestBefore.isBefore(producedOn)) {
            throw new InvalidRequestException("bestBefore", "validation.batch.bestBefore");
        }
        if (quantity != null && quantity.signum() <= 0) {
            throw new InvalidRequestException("quantity", "validation.batch.quantity");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into catalog_batch (id, product_id, lot, produced_on, best_before, quantity,
                              notes_ar, notes_fr, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            productId,
                            code,
                            producedOn,
                            bestBefore,
                            quantity,
                            blank(notesAr),
                            blank(notesFr),
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException("lot", "validation.batch.taken");
        }
        audit.record("CREATE", "batch", id, null, find(productId, code).orElseThrow());
        return id;
    }

    @Transactional(readOnly = true)
    public List<Batch> ofProduct(UUID productId) {
        return jdbc.sql("select * from catalog_batch where product_id = ? order by produced_on desc, lot")
                .param(productId)
                .query(ROWS)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Batch> find(UUID productId, String lot) {
        return jdbc.sql("select * from catalog_batch where product_id = ? and lot = ?")
                .params(productId, lot)
                .query(ROWS)
                .optional();
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
