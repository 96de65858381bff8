package ma.tadamon.registry;

import org.jspecify.annotations.Nullable;

/** A founder as entered at the founders step. */
public record NewFounder(
        String fullName,
        String gender,
        @Nullable Integer birthYear,
        @Nullable String nationalId,
        @Nullable String phone,
        @Nullable String email,
        MemberRole role,
        int shares) {}
