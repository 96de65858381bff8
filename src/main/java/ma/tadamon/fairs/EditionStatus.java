package ma.tadamon.fairs;

import java.util.Set;

/** Where an edition stands, in order: planned, call open, selection, allocation, running, closed. */
public enum EditionStatus {
    PLANNED,
    CALL_OPEN,
    SELECTION,
    ALLOCATION,
    RUNNING,
    CLOSED;

    /** The statuses an edition may move to from this one: the next step, or back one while not running. */
    public Set<EditionStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> Set.of(CALL_OPEN);
            case CALL_OPEN -> Set.of(SELECTION, PLANNED);
            case SELECTION -> Set.of(ALLOCATION, CALL_OPEN);
            case ALLOCATION -> Set.of(RUNNING, SELECTION);
            case RUNNING -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public boolean acceptsApplications() {
        return this == CALL_OPEN;
    }
}
