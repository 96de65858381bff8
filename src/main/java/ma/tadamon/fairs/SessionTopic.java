package ma.tadamon.fairs;

/** The topics of the trainings the fairs offer cooperatives (the seeds' list, plus governance). */
public enum SessionTopic {
    FINANCING,
    MARKETING_PLAN,
    E_MARKETING,
    PACKAGING,
    CERTIFICATION,
    GOVERNANCE,
    OTHER
}
