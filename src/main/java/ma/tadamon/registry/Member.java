package ma.tadamon.registry;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member as the actor's managers and the registrar see it. */
public record Member(
        UUID id,
        UUID actorId,
        String fullName,
        String gender,
        @Nullable Integer birthYear,
        @Nullable String nationalId,
        @Nullable String phone,
        MemberRole role,
        LocalDate joinedOn,
        @Nullable LocalDate leftOn,
        String consentPurpose) {}
