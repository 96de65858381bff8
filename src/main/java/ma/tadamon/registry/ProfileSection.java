package ma.tadamon.registry;

import java.util.Optional;
import java.util.UUID;

/**
 * A section that another module adds to an actor's public profile (e.g. the catalogue's products
 * and labels), without the registry depending on it: the registry discovers every bean of this
 * type and renders, in {@link #order()}, the fragment {@code profileSection(data)} of the template
 * each one names.
 */
public interface ProfileSection {

    /** The template that holds the fragment, and what the fragment is given. */
    record Content(String template, Object data) {}

    int order();

    /** Nothing when the actor has nothing to show in this section. */
    Optional<Content> of(UUID actorId);
}
