package ma.tadamon.registry;

import java.util.UUID;
import ma.tadamon.platform.AgeBand;
import org.jspecify.annotations.Nullable;

/**
 * A member joined or left an actor. Carries no name: only gender and age band, with the actor's
 * territory and value chain and its leadership after the change.
 */
public record MembershipChanged(
        UUID actorId,
        UUID memberId,
        Change change,
        String gender,
        @Nullable AgeBand ageBand,
        long communeId,
        String valueChain,
        boolean womenLed,
        boolean youthLed) {

    public enum Change {
        JOINED,
        LEFT,
        /** Same member, new role (board elections): leadership may change, membership counts do not. */
        ROLE_CHANGED,
        /** Same member, personal data erased on request (Law 09-08): the age band becomes unknown. */
        ERASED
    }
}
