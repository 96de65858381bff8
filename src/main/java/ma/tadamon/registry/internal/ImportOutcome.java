package ma.tadamon.registry.internal;

import java.util.List;
import java.util.UUID;
import ma.tadamon.platform.imports.ImportReport;
import org.jspecify.annotations.Nullable;

/**
 * What an import of actors or members did, kept as the job's result: the row-by-row report (rows
 * created, rejected rows with their reasons as message keys), the rows that matched what the
 * registry already held, and what a person should review (possible duplicates, warnings).
 *
 * @param actorId the actor chosen on the page for a members' import, if one was
 * @param fileId the uploaded file while it is kept (after a blocked run), to change the mapping and run again
 * @param blocked bad rows were set to block the whole file and some row was bad: nothing was saved
 * @param rejectedTotal every rejected row; the report lists at most the first {@link ImportRunner#MAX_LISTED}
 */
record ImportOutcome(
        ImportKind kind,
        @Nullable UUID actorId,
        @Nullable UUID fileId,
        String fileName,
        boolean blocked,
        int unchanged,
        int rejectedTotal,
        ImportReport report,
        List<Review> reviews) {

    /** A row that was imported but deserves a look: a possible duplicate, an unusual ICE. */
    record Review(
            int line,
            String key,
            String messageKey,
            List<String> args,
            @Nullable UUID actorId) {}
}
