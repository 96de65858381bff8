package ma.tadamon.platform.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record AuditEntry(
        long id,
        Instant at,
        @Nullable UUID accountId,
        String accountLabel,
        String action,
        String entityType,
        @Nullable String entityId,
        @Nullable String before,
        @Nullable String after,
        @Nullable String remoteAddr) {}
