package ma.tadamon.fairs;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person registering for a session: a name and a phone or an e-mail (at least one), the
 * cooperative they come for and their account when signed in, and the language to write to them in.
 */
public record NewRegistration(
        String fullName,
        @Nullable String phone,
        @Nullable String email,
        @Nullable UUID actorId,
        @Nullable UUID accountId,
        String locale) {}
