package ma.tadamon.fairs;

/** Where an application to exhibit stands: submitted, then selected, waitlisted or rejected; or withdrawn. */
public enum ApplicationStatus {
    SUBMITTED,
    SELECTED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN;

    /** Still in the running: the organiser may score it and the selection considers it. */
    public boolean open() {
        return this != WITHDRAWN;
    }
}
