package ma.tadamon.fairs;

/** What a programme session is: trainings and workshops count as trainings in the figures. */
public enum SessionKind {
    TRAINING,
    WORKSHOP,
    SEMINAR,
    SUCCESS_STORY,
    CULTURAL,
    OTHER;

    public boolean isTraining() {
        return this == TRAINING || this == WORKSHOP;
    }
}
