package ma.tadamon.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an admin fills in to create or invite an account, with its first role. */
public record NewAccount(
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        String locale,
        String role,
        @Nullable UUID partyId,
        @Nullable Long territoryId) {}
