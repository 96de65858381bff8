package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import ma.tadamon.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference totals from outside the platform (the cooperatives office's yearly figures…) that the
 * platform's own figures are compared with, so no one mistakes what the platform knows for the
 * whole country. Kept by administrators; every change audited.
 */
@Service
class ReferenceTotals {

    record Reference(String measure, long territoryId, int year, BigDecimal value, String source) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ReferenceTotals(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The latest reference of a measure for a territory; read at most once a minute per pair. */
    public Optional<Reference> latest(String measure, long territoryId) {
        String key = measure + "/" + territoryId;
        return recent.get(key).orElseGet(() -> {
            Optional<Reference> reference = jdbc.sql("""
                            select measure, territory_id, year, value, source from obs_reference_total
                            where measure = ? and territory_id = ? order by year desc limit 1""")
                    .params(measure, territoryId)
                    .query(Reference.class)
                    .optional();
            recent.put(key, reference);
            return reference;
        });
    }

    private final ma.tadamon.platform.RecentCache<Optional<Reference>> recent =
            new ma.tadamon.platform.RecentCache<>(java.time.Duration.ofMinutes(1), 10_000);

    @Transactional(readOnly = true)
    public List<Reference> all() {
        return jdbc.sql("""
                        select r.measure, r.territory_id, r.year, r.value, r.source
                        from obs_reference_total r join geo_territory t on t.id = r.territory_id
                        order by r.measure, t.code, r.year desc""").query(Reference.class).list();
    }

    @Transactional
    public void save(Reference reference) {
        Optional<Reference> before = jdbc.sql("""
                        select measure, territory_id, year, value, source from obs_reference_total
                        where measure = ? and territory_id = ? and year = ?""")
                .params(reference.measure(), reference.territoryId(), reference.year())
                .query(Reference.class)
                .optional();
        jdbc.sql("""
                        insert into obs_reference_total (measure, territory_id, year, value, source, updated_at)
                        values (?, ?, ?, ?, ?, now())
                        on conflict (measure, territory_id, year) do update
                        set value = excluded.value, source = excluded.source, updated_at = now()""")
                .params(
                        reference.measure(),
                        reference.territoryId(),
                        reference.year(),
                        reference.value(),
                        reference.source())
                .update();
        recent.clear();
        audit.record(
                before.isPresent() ? "UPDATE" : "CREATE",
                "reference-total",
                reference.measure() + "/" + reference.territoryId() + "/" + reference.year(),
                before.orElse(null),
                reference);
    }

    @Transactional
    public void delete(String measure, long territoryId, int year) {
        jdbc.sql(
                        "select measure, territory_id, year, value, source from obs_reference_total where measure = ? and territory_id = ? and year = ?")
                .params(measure, territoryId, year)
                .query(Reference.class)
                .optional()
                .ifPresent(before -> {
                    jdbc.sql("delete from obs_reference_total where measure = ? and territory_id = ? and year = ?")
                            .params(measure, territoryId, year)
                            .update();
                    recent.clear();
                    audit.record("DELETE", "reference-total", measure + "/" + territoryId + "/" + year, before, null);
                });
    }
}
