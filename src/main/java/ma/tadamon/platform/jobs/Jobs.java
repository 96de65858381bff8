package ma.tadamon.platform.jobs;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs long work in the background and records its progress in the database, so a page can poll
 * it from any instance. Progress is written at most every few hundred items.
 */
@Service
public class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    private static final int WRITE_EVERY = 200;

    private final JdbcClient jdbc;
    private final TaskExecutor executor;
    private final JsonMapper json;

    Jobs(JdbcClient jdbc, TaskExecutor applicationTaskExecutor, JsonMapper json) {
        this.jdbc = jdbc;
        this.executor = applicationTaskExecutor;
        this.json = json;
    }

    /** Starts {@code work} in the background; its return value becomes the job's JSON result. */
    public UUID start(String kind, @Nullable UUID createdBy, Function<JobProgress, Object> work) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into platform_job (id, kind, status, created_by, created_at) values (?, ?, 'RUNNING', ?, ?)")
                .params(id, kind, createdBy, java.sql.Timestamp.from(Instant.now()))
                .update();
        // The job writes on behalf of whoever started it: their identity goes with it to the audit log.
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, work)));
        return id;
    }

    public Optional<JobView> find(UUID id) {
        return jdbc.sql("""
                        select id, kind, status, total, done, result::text as result, created_by, created_at, finished_at
                        from platform_job where id = ?""")
                .param(id)
                .query((rs, row) -> new JobView(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("status"),
                        (Integer) rs.getObject("total"),
                        rs.getInt("done"),
                        rs.getString("result"),
                        rs.getObject("created_by", UUID.class),
                        rs.getObject("created_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        Optional.ofNullable(rs.getObject("finished_at", java.time.OffsetDateTime.class))
                                .map(java.time.OffsetDateTime::toInstant)
                                .orElse(null)))
                .optional();
    }

    private void run(UUID id, Function<JobProgress, Object> work) {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        JobProgress progress = new JobProgress() {
            @Override
            public void total(int total) {
                jdbc.sql("update platform_job set total = ? where id = ?")
                        .params(total, id)
                        .update();
            }

            @Override
            public void advance(int items) {
                int now = done.addAndGet(items);
                if (now - written.get() >= WRITE_EVERY) {
                    written.set(now);
                    jdbc.sql("update platform_job set done = ? where id = ?")
                            .params(now, id)
                            .update();
                }
            }

            @Override
            public void reached(int now) {
                done.set(now);
                written.set(now);
                jdbc.sql("update platform_job set done = ? where id = ?")
                        .params(now, id)
                        .update();
            }
        };
        try {
            Object result = work.apply(progress);
            finish(id, "SUCCEEDED", done.get(), json.writeValueAsString(result));
        } catch (RuntimeException e) {
            log.error("Job {} failed", id, e);
            finish(
                    id,
                    "FAILED",
                    done.get(),
                    json.writeValueAsString(java.util.Map.of("error", String.valueOf(e.getMessage()))));
        }
    }

    private void finish(UUID id, String status, int done, String result) {
        jdbc.sql("""
                        update platform_job set status = ?, done = ?, result = cast(? as jsonb), finished_at = ?
                        where id = ?""")
                .params(status, done, result, java.sql.Timestamp.from(Instant.now()), id)
                .update();
    }
}
