package ma.tadamon.observatory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import ma.tadamon.platform.jobs.JobProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rollups current. {@link #drain()} folds the queued sale deltas and changed actors into
 * them every half second, one drainer at a time across instances (an advisory lock), so the hot
 * rows of a region or the country are written by one transaction, never fought over. {@link
 * #rebuild} recomputes everything from the registry's and the ledger's statistics views in one
 * repeatable-read transaction: readers see the previous rollups until it commits, and queued work
 * already included in its snapshot is dropped with it, so nothing is counted twice (ADR 0013).
 */
@Service
class Rollups {

    private static final Logger log = LoggerFactory.getLogger(Rollups.class);
    /** The advisory lock of whoever writes the rollups ("obs" in ASCII). */
    private static final long LOCK = 0x6f6273L;

    private static final int SALE_BATCH = 50_000;
    private static final int ACTOR_BATCH = 5_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate drainTx;
    private final TransactionTemplate rebuildTx;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    Rollups(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.drainTx = new TransactionTemplate(transactions);
        this.rebuildTx = new TransactionTemplate(transactions);
        rebuildTx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Folds what is queued into the rollups; returns how many sale deltas and actors it folded. */
    @Scheduled(
            fixedDelayString = "${tadamon.observatory.drain-ms:500}",
            initialDelayString = "${tadamon.observatory.drain-ms:500}")
    public void drainOnSchedule() {
        if (!rebuilding.get()) {
            drain();
        }
    }

    Drained drain() {
        Drained drained = drainTx.execute(tx -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)")
                    .param(LOCK)
                    .query(Boolean.class)
                    .single();
            if (!locked) {
                return new Drained(0, 0);
            }
            int sales = drainSales();
            int actors = drainActors();
            if (sales > 0) {
                touch("sales");
            }
            if (actors > 0) {
                touch("registry");
            }
            return new Drained(sales, actors);
        });
        return drained == null ? new Drained(0, 0) : drained;
    }

    record Drained(int saleDeltas, int actors) {}

    private int drainSales() {
        return jdbc.sql("""
                        with taken as (
                          delete from obs_sale_delta
                          where id in (select id from obs_sale_delta order by id limit ?)
                          returning commune_id, month, channel, value_chain, amount, quantity, lines
                        ), up as (
                          select a.ancestor_id, t.month, t.channel, t.value_chain,
                                 sum(t.amount) as amount, sum(t.quantity) as quantity, sum(t.lines) as lines
                          from taken t join obs_territory_ancestor a on a.territory_id = t.commune_id
                          group by 1, 2, 3, 4
                        ), applied as (
                          insert into obs_sales_rollup as r (territory_id, month, channel, value_chain, amount, quantity, lines)
                          select * from up order by 1, 2, 3, 4
                          on conflict (territory_id, month, channel, value_chain) do update
                          set amount = r.amount + excluded.amount, quantity = r.quantity + excluded.quantity,
                              lines = r.lines + excluded.lines
                        ), by_channel as (
                          insert into obs_sales_channel_rollup as r (territory_id, month, channel, amount, quantity, lines)
                          select ancestor_id, month, channel, sum(amount), sum(quantity), sum(lines)
                          from up group by 1, 2, 3 order by 1, 2, 3
                          on conflict (territory_id, month, channel) do update
                          set amount = r.amount + excluded.amount, quantity = r.quantity + excluded.quantity,
                              lines = r.lines + excluded.lines
                        )
                        select count(*) from taken""").param(SALE_BATCH).query(Integer.class).single();
    }

    private int drainActors() {
        List<UUID> ids = jdbc.sql("""
                        delete from obs_actor_dirty
                        where actor_id in (select actor_id from obs_actor_dirty order by queued_at limit ?)
                        returning actor_id""").param(ACTOR_BATCH).query(UUID.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        String list = String.join(",", ids.stream().map(UUID::toString).toList());
        Map<String, Object> param = Map.of("ids", list);
        // What the changed actors contributed as last counted (−1) and contribute now (+1).
        jdbc.sql("""
                        with ids as (select unnest(string_to_array(:ids, ','))::uuid as actor_id),
                        d as (
                          select commune_id, type, status, value_chain, women_led, youth_led, -1 as n
                          from obs_actor_fact where actor_id in (select actor_id from ids)
                          union all
                          select commune_id, type, status, value_chain_code, women_led, youth_led, 1
                          from registry_actor_stats where actor_id in (select actor_id from ids)
                        ), up as (
                          select a.ancestor_id, d.type, d.status, d.value_chain, d.women_led, d.youth_led, sum(d.n) as n
                          from d join obs_territory_ancestor a on a.territory_id = d.commune_id
                          group by 1, 2, 3, 4, 5, 6 having sum(d.n) <> 0
                        )
                        insert into obs_actor_rollup as r (territory_id, type, status, value_chain, women_led, youth_led, actors)
                        select * from up order by 1, 2, 3, 4, 5, 6
                        on conflict (territory_id, type, status, value_chain, women_led, youth_led) do update
                        set actors = r.actors + excluded.actors""").params(param).update();
        jdbc.sql("""
                        with ids as (select unnest(string_to_array(:ids, ','))::uuid as actor_id),
                        d as (
                          select commune_id, date_trunc('month', created_on)::date as month, type, value_chain, -1 as n
                          from obs_actor_fact where created_on is not null and actor_id in (select actor_id from ids)
                          union all
                          select commune_id, date_trunc('month', created_on)::date, type, value_chain_code, 1
                          from registry_actor_stats where created_on is not null and actor_id in (select actor_id from ids)
                        ), up as (
                          select a.ancestor_id, d.month, d.type, d.value_chain, sum(d.n) as n
                          from d join obs_territory_ancestor a on a.territory_id = d.commune_id
                          group by 1, 2, 3, 4 having sum(d.n) <> 0
                        )
                        insert into obs_actor_created as r (territory_id, month, type, value_chain, actors)
                        select * from up order by 1, 2, 3, 4
                        on conflict (territory_id, month, type, value_chain) do update set actors = r.actors + excluded.actors""").params(param).update();
        jdbc.sql("""
                        with ids as (select unnest(string_to_array(:ids, ','))::uuid as actor_id),
                        d as (
                          select f.commune_id, f.type, f.value_chain, m.gender, m.birth_year, -m.members as n
                          from obs_member_fact m join obs_actor_fact f using (actor_id)
                          where m.actor_id in (select actor_id from ids)
                          union all
                          select s.commune_id, s.type, s.value_chain_code, m.gender, coalesce(m.birth_year, 0), m.members
                          from registry_member_stats m join registry_actor_stats s using (actor_id)
                          where m.actor_id in (select actor_id from ids)
                        ), up as (
                          select a.ancestor_id, d.type, d.value_chain, d.gender, d.birth_year, sum(d.n) as n
                          from d join obs_territory_ancestor a on a.territory_id = d.commune_id
                          group by 1, 2, 3, 4, 5 having sum(d.n) <> 0
                        ), by_age as (
                          insert into obs_member_age_rollup as r (territory_id, type, gender, birth_year, members)
                          select ancestor_id, type, gender, birth_year, sum(n) from up
                          group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4
                          on conflict (territory_id, type, gender, birth_year) do update
                          set members = r.members + excluded.members
                        )
                        insert into obs_member_rollup as r (territory_id, type, value_chain, gender, birth_year, members)
                        select * from up order by 1, 2, 3, 4, 5
                        on conflict (territory_id, type, value_chain, gender, birth_year) do update
                        set members = r.members + excluded.members""").params(param).update();
        // Then what is counted now becomes what was last counted.
        jdbc.sql("delete from obs_member_fact where actor_id in (select unnest(string_to_array(:ids, ','))::uuid)")
                .params(param)
                .update();
        jdbc.sql("""
                        insert into obs_member_fact (actor_id, gender, birth_year, members)
                        select actor_id, gender, coalesce(birth_year, 0), sum(members) from registry_member_stats
                        where actor_id in (select unnest(string_to_array(:ids, ','))::uuid)
                        group by 1, 2, 3""").params(param).update();
        jdbc.sql("""
                        insert into obs_actor_fact (actor_id, commune_id, type, status, value_chain, women_led, youth_led, created_on)
                        select actor_id, commune_id, type, status, value_chain_code, women_led, youth_led, created_on
                        from registry_actor_stats where actor_id in (select unnest(string_to_array(:ids, ','))::uuid)
                        on conflict (actor_id) do update set commune_id = excluded.commune_id, type = excluded.type,
                          status = excluded.status, value_chain = excluded.value_chain, women_led = excluded.women_led,
                          youth_led = excluded.youth_led, created_on = excluded.created_on""").params(param).update();
        return ids.size();
    }

    /** The steps of a rebuild, for its progress bar. */
    static final int REBUILD_STEPS = 6;

    /**
     * Recomputes every rollup from the base records without blocking readers; the half-second
     * drain pauses meanwhile. Returns the rows written per rollup.
     */
    Map<String, Integer> rebuild(JobProgress progress) {
        progress.total(REBUILD_STEPS);
        rebuilding.set(true);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    Map<String, Integer> written = rebuildTx.execute(tx -> rebuildNow(progress));
                    log.info("Observatory rollups rebuilt: {}", written);
                    return written == null ? Map.of() : written;
                } catch (ConcurrencyFailureException e) {
                    // A drain on another instance committed between our snapshot and our lock.
                    if (attempt == 5) {
                        throw e;
                    }
                    log.info("Rebuild met a concurrent drain; trying again");
                }
            }
        } finally {
            rebuilding.set(false);
        }
    }

    private Map<String, Integer> rebuildNow(JobProgress progress) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
        // Queued work this snapshot can see is in the base records this snapshot reads.
        jdbc.sql("delete from obs_sale_delta").update();
        jdbc.sql("delete from obs_actor_dirty").update();
        jdbc.sql("delete from obs_territory_ancestor").update();
        jdbc.sql("""
                        insert into obs_territory_ancestor (territory_id, territory_level, ancestor_id, ancestor_level)
                        select p.territory_id, p.level, a.ancestor_id, a.ancestor_level
                        from geo_territory_path p
                        cross join lateral (values (p.country_id, 'COUNTRY'), (p.region_id, 'REGION'),
                                                   (p.province_id, 'PROVINCE'), (p.commune_id, 'COMMUNE'))
                          as a(ancestor_id, ancestor_level)
                        where a.ancestor_id is not null""").update();
        progress.reached(1);
        jdbc.sql("delete from obs_sales_rollup").update();
        int sales = jdbc.sql("""
                        insert into obs_sales_rollup (territory_id, month, channel, value_chain, amount, quantity, lines)
                        select a.ancestor_id, s.month, s.channel, s.value_chain_code, sum(s.amount), sum(s.quantity), sum(s.lines)
                        from (select commune_id, month, channel, value_chain_code,
                                     sum(amount) as amount, sum(quantity) as quantity, count(*) as lines
                              from sales_line_stats group by 1, 2, 3, 4) s
                        join obs_territory_ancestor a on a.territory_id = s.commune_id
                        group by 1, 2, 3, 4""").update();
        jdbc.sql("delete from obs_sales_channel_rollup").update();
        jdbc.sql("""
                        insert into obs_sales_channel_rollup (territory_id, month, channel, amount, quantity, lines)
                        select territory_id, month, channel, sum(amount), sum(quantity), sum(lines)
                        from obs_sales_rollup group by 1, 2, 3""").update();
        progress.reached(2);
        jdbc.sql("delete from obs_actor_fact").update();
        jdbc.sql("""
                        insert into obs_actor_fact (actor_id, commune_id, type, status, value_chain, women_led, youth_led, created_on)
                        select actor_id, commune_id, type, status, value_chain_code, women_led, youth_led, created_on
                        from registry_actor_stats""").update();
        jdbc.sql("delete from obs_member_fact").update();
        jdbc.sql("""
                        insert into obs_member_fact (actor_id, gender, birth_year, members)
                        select actor_id, gender, coalesce(birth_year, 0), sum(members) from registry_member_stats group by 1, 2, 3""").update();
        progress.reached(3);
        jdbc.sql("delete from obs_actor_rollup").update();
        int actors = jdbc.sql("""
                        insert into obs_actor_rollup (territory_id, type, status, value_chain, women_led, youth_led, actors)
                        select a.ancestor_id, f.type, f.status, f.value_chain, f.women_led, f.youth_led, sum(f.n)
                        from (select commune_id, type, status, value_chain, women_led, youth_led, count(*) as n
                              from obs_actor_fact group by 1, 2, 3, 4, 5, 6) f
                        join obs_territory_ancestor a on a.territory_id = f.commune_id
                        group by 1, 2, 3, 4, 5, 6""").update();
        jdbc.sql("delete from obs_actor_created").update();
        int created = jdbc.sql("""
                        insert into obs_actor_created (territory_id, month, type, value_chain, actors)
                        select a.ancestor_id, f.month, f.type, f.value_chain, sum(f.n)
                        from (select commune_id, date_trunc('month', created_on)::date as month, type, value_chain, count(*) as n
                              from obs_actor_fact where created_on is not null group by 1, 2, 3, 4) f
                        join obs_territory_ancestor a on a.territory_id = f.commune_id
                        group by 1, 2, 3, 4""").update();
        progress.reached(4);
        jdbc.sql("delete from obs_member_rollup").update();
        int members = jdbc.sql("""
                        insert into obs_member_rollup (territory_id, type, value_chain, gender, birth_year, members)
                        select a.ancestor_id, m.type, m.value_chain, m.gender, m.birth_year, sum(m.n)
                        from (select f.commune_id, f.type, f.value_chain, m.gender, m.birth_year, sum(m.members) as n
                              from obs_member_fact m join obs_actor_fact f using (actor_id) group by 1, 2, 3, 4, 5) m
                        join obs_territory_ancestor a on a.territory_id = m.commune_id
                        group by 1, 2, 3, 4, 5""").update();
        jdbc.sql("delete from obs_member_age_rollup").update();
        jdbc.sql("""
                        insert into obs_member_age_rollup (territory_id, type, gender, birth_year, members)
                        select territory_id, type, gender, birth_year, sum(members)
                        from obs_member_rollup group by 1, 2, 3, 4""").update();
        progress.reached(5);
        touch("sales");
        touch("registry");
        touch("rebuilt");
        progress.reached(REBUILD_STEPS);
        return Map.of("sales", sales, "actors", actors, "created", created, "members", members);
    }

    private void touch(String key) {
        lastChanges.remove(key);
        jdbc.sql("""
                        insert into obs_state (key, value) values (?, clock_timestamp())
                        on conflict (key) do update set value = excluded.value""").param(key).update();
    }

    /** When a part last changed; read at most once a second, as every indicator answer shows it. */
    Optional<Instant> changed(String key) {
        return lastChanges.get(key).orElseGet(() -> {
            Optional<Instant> value = jdbc.sql("select value from obs_state where key = ?")
                    .param(key)
                    .query(java.time.OffsetDateTime.class)
                    .optional()
                    .map(java.time.OffsetDateTime::toInstant);
            lastChanges.put(key, value);
            return value;
        });
    }

    private final ma.tadamon.platform.RecentCache<Optional<Instant>> lastChanges =
            new ma.tadamon.platform.RecentCache<>(java.time.Duration.ofSeconds(1), 16);

    /** Work queued and not yet folded in, and how long the oldest has waited: the freshness lag. */
    record Backlog(
            long saleDeltas,
            long actors,
            @org.jspecify.annotations.Nullable Instant oldest) {}

    Backlog backlog() {
        return jdbc.sql("""
                        select (select count(*) from obs_sale_delta) as sales,
                               (select count(*) from obs_actor_dirty) as actors,
                               least((select min(recorded_at) from obs_sale_delta), (select min(queued_at) from obs_actor_dirty)) as oldest""")
                .query((rs, row) -> new Backlog(
                        rs.getLong("sales"),
                        rs.getLong("actors"),
                        Optional.ofNullable(rs.getObject("oldest", java.time.OffsetDateTime.class))
                                .map(java.time.OffsetDateTime::toInstant)
                                .orElse(null)))
                .single();
    }
}
