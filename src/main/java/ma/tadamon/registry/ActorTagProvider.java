package ma.tadamon.registry;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;

/**
 * Tags that other modules give actors (e.g. the catalogue: "holds a verified IGP"), so that the
 * directory can filter by them without the registry depending on those modules. The registry
 * discovers every bean of this type.
 */
public interface ActorTagProvider {

    /** A tag the directory offers as a filter; its code is unique across providers. */
    record ActorTag(String code, LocalizedText name) {}

    List<ActorTag> tags();

    /** The actors that carry this tag now; empty if the code is not one of this provider's. */
    Set<UUID> actorsWith(String tag);
}
