package ma.tadamon.fairs;

/**
 * A draft session is the organisers' alone; a confirmed one is public and takes registrations; a
 * cancelled one had registrants, who were told, so it stays in the programme marked as such.
 */
public enum SessionStatus {
    DRAFT,
    CONFIRMED,
    CANCELLED
}
