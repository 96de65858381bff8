package ma.tadamon.platform.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ma.tadamon.platform.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of administrative writes. A write is recorded in the transaction that makes it,
 * so the change and its trace are committed or rolled back together. The table refuses updates
 * and deletes. Ledgers that are append-only (sales) are their own trail and are not copied here.
 */
@Service
public class AuditLog {

    private static final RowMapper<AuditEntry> ROWS = (rs, row) -> new AuditEntry(
            rs.getLong("id"),
            rs.getObject("at", OffsetDateTime.class).toInstant(),
            rs.getObject("account_id", UUID.class),
            rs.getString("account_label"),
            rs.getString("action"),
            rs.getString("entity_type"),
            rs.getString("entity_id"),
            rs.getString("before_state"),
            rs.getString("after_state"),
            rs.getString("remote_addr"));

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a write by the current user (or "system" outside a request). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String action,
            String entityType,
            @Nullable Object entityId,
            @Nullable Object before,
            @Nullable Object after) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        UUID accountId = null;
        String label = "system";
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            accountId = actor.accountId();
            label = actor.auditLabel();
        }
        jdbc.sql("""
                        insert into platform_audit_log
                          (at, account_id, account_label, action, entity_type, entity_id, before_state, after_state, remote_addr)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
                .params(
                        OffsetDateTime.now(ZoneOffset.UTC),
                        accountId,
                        label,
                        action,
                        entityType,
                        entityId == null ? null : entityId.toString(),
                        before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after),
                        remoteAddress())
                .update();
    }

    /** The log newest first, optionally narrowed to an entity type, a word in the actor or action. */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> search(@Nullable String entityType, @Nullable String text, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entity_type = ?");
            params.add(entityType);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (account_label ilike ? or action ilike ? or entity_id = ? or before_state::text ilike ?"
                    + " or after_state::text ilike ?)");
            String like = "%" + text.trim().replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(text.trim());
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("select count(*) from platform_audit_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<AuditEntry> items = jdbc.sql(
                        "select * from platform_audit_log" + where + " order by id desc limit ? offset ?")
                .params(pageParams)
                .query(ROWS)
                .list();
        return new PageResult<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from platform_audit_log order by 1")
                .query(String.class)
                .list();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> forEntity(String entityType, String entityId) {
        return jdbc.sql("select * from platform_audit_log where entity_type = ? and entity_id = ? order by id desc")
                .params(entityType, entityId)
                .query(ROWS)
                .list();
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
