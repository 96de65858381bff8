package ma.tadamon.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account as admin pages show it (never its password). */
public record Account(
        UUID id,
        @Nullable String email,
        @Nullable String phone,
        String displayName,
        String locale,
        boolean enabled,
        boolean hasPassword,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {

    public String identifier() {
        return email != null ? email : String.valueOf(phone);
    }
}
