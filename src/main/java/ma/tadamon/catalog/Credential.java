package ma.tadamon.catalog;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A label or certification held by an actor, or by one of its products. */
public record Credential(
        UUID id,
        LabelType type,
        UUID actorId,
        @Nullable UUID productId,
        String issuer,
        String number,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String proofName,
        CredentialStatus status,
        @Nullable String decisionNote) {

    /** Verified and valid on that day: what the public sees. */
    public boolean shownOn(LocalDate day) {
        return status == CredentialStatus.VERIFIED
                && !validFrom.isAfter(day)
                && (validTo == null || !validTo.isBefore(day));
    }
}
