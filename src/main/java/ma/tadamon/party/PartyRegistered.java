package ma.tadamon.party;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new organisation is known to the platform. Published inside the registering transaction and
 * kept in the event publication registry until every listener has handled it.
 */
public record PartyRegistered(
        UUID partyId, String kind, @Nullable Long territoryId, Set<String> roles) {}
