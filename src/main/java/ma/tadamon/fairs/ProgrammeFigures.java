package ma.tadamon.fairs;

import java.util.UUID;

/**
 * An edition's programme in figures, for its live page and closing report: provided by the
 * programme's implementation, so the report needs no knowledge of how sessions are stored.
 */
public interface ProgrammeFigures {

    Figures of(UUID editionId);

    /** Sessions (of which trainings and workshops), registrations, attendances and certificates issued. */
    record Figures(int sessions, int trainings, int registrations, int attended, int certificates) {

        public static final Figures NONE = new Figures(0, 0, 0, 0, 0);
    }
}
