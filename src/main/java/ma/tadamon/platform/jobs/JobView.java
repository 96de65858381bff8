package ma.tadamon.platform.jobs;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A job as its progress page shows it; {@code result} is the job's JSON result once finished. */
public record JobView(
        UUID id,
        String kind,
        String status,
        @Nullable Integer total,
        int done,
        @Nullable String result,
        @Nullable UUID createdBy,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public int percent() {
        if (total == null || total == 0) {
            return running() ? 0 : 100;
        }
        return Math.min(100, (int) (100L * done / total));
    }
}
