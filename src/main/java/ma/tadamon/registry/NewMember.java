package ma.tadamon.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person joining an actor. Personal data under Law 09-08: the purpose of processing and the date
 * of consent are recorded with the member.
 */
public record NewMember(
        String fullName,
        String gender,
        @Nullable Integer birthYear,
        @Nullable String nationalId,
        @Nullable String phone,
        MemberRole role,
        LocalDate joinedOn,
        String consentPurpose) {}
