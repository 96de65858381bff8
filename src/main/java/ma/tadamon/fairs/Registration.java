package ma.tadamon.fairs;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A person registered for a session: attendance, then the certificate with its verification code. */
public record Registration(
        UUID id,
        UUID sessionId,
        String fullName,
        @Nullable String phone,
        @Nullable String email,
        @Nullable UUID actorId,
        @Nullable UUID accountId,
        String locale,
        Instant registeredAt,
        @Nullable Instant attendedAt,
        @Nullable String certificateNo,
        @Nullable String verificationCode,
        @Nullable Instant certificateAt) {

    public boolean present() {
        return attendedAt != null;
    }

    public boolean certified() {
        return certificateNo != null;
    }

    /** What the public verification page shows of a name: "Fatima Zahra Amrani" → "F. Z. A." */
    public String initials() {
        return initialsOf(fullName);
    }

    public static String initialsOf(String name) {
        return Arrays.stream(name.trim().split("[\\s\\-]+"))
                .filter(w -> !w.isEmpty())
                // An Arabic article is no initial: "الزهراء" gives "ز".
                .map(w -> w.startsWith("ال") && w.length() > 2 ? w.substring(2) : w)
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT) + ".")
                .collect(Collectors.joining(" "));
    }
}
