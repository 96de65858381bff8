package ma.tadamon.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A role held by an account, tied to a party or a territory when the role is scoped. */
public record Grant(
        long id,
        String role,
        @Nullable UUID partyId,
        @Nullable Long territoryId) implements java.io.Serializable {}
