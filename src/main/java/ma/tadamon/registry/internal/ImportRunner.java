package ma.tadamon.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.platform.imports.ImportReport;
import ma.tadamon.platform.imports.ImportReport.Problem;
import ma.tadamon.platform.jobs.JobProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import row by row, each row whole or not at all. Bad rows are either skipped (each row
 * in its own transaction) or block the whole file: then every row runs in one transaction, each
 * in a savepoint, so that every row is checked by the same services before anything is kept, and
 * the transaction is rolled back if any row was bad. Progress is written outside that transaction
 * so the page can follow it.
 */
@Component
class ImportRunner {

    static final int MAX_LISTED = 1000;
    private static final int PROGRESS_EVERY = 50;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    enum OnError {
        SKIP,
        BLOCK
    }

    /** One row, as the mapping names its cells: by field, with the file's own header for messages. */
    record MappedRow(int line, Map<String, String> values, Map<String, String> headers) {
        String get(String field) {
            return values.getOrDefault(field, "").trim();
        }

        boolean mapped(String field) {
            return values.containsKey(field);
        }

        /** The file's header of the column mapped to this field (what the person knows it by). */
        String column(String field) {
            return headers.getOrDefault(field, field);
        }
    }

    /** What importing a row did: created something, or matched what was there; and what to review. */
    record Done(boolean created, List<ImportOutcome.Review> reviews) {
        static Done made(List<ImportOutcome.Review> reviews) {
            return new Done(true, reviews);
        }

        static Done matched() {
            return new Done(false, List.of());
        }
    }

    /** Thrown by a row importer to reject the row with its reasons; rolls the row back. */
    static final class RowRejected extends RuntimeException {
        private final List<Problem> problems;

        RowRejected(List<Problem> problems) {
            super(problems.isEmpty() ? "rejected" : problems.get(0).messageKey(), null, false, false);
            this.problems = List.copyOf(problems);
        }

        RowRejected(Problem problem) {
            this(List.of(problem));
        }
    }

    interface RowImporter {
        /** How the report names the row (a name, an identifier). */
        String key(MappedRow row);

        /**
         * Imports the row inside its transaction or savepoint; throws {@link RowRejected} or lets a
         * service's {@link InvalidRequestException} out to reject it.
         */
        Done importRow(MappedRow row);
    }

    private final TransactionTemplate perRow;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate whole;
    private final AuditLog audit;
    private final ImportFiles files;

    ImportRunner(PlatformTransactionManager transactions, AuditLog audit, ImportFiles files) {
        this.perRow = template(transactions, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.savepoint = template(transactions, TransactionDefinition.PROPAGATION_NESTED);
        this.whole = template(transactions, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.files = files;
    }

    ImportOutcome run(
            ImportFiles.ImportFile file,
            List<String> mapping,
            OnError onError,
            JobProgress progress,
            RowImporter importer) {
        Tally tally = new Tally();
        ChunkedProgress chunked = new ChunkedProgress(progress);
        try {
            progress.total(Spreadsheets.count(file.content(), file.format()));
            if (onError == OnError.SKIP) {
                read(file, mapping, row -> {
                    one(row, perRow, importer, tally);
                    chunked.advance();
                });
            } else {
                whole.executeWithoutResult(status -> {
                    read(file, mapping, row -> {
                        one(row, savepoint, importer, tally);
                        chunked.advance();
                    });
                    if (tally.rejected > 0) {
                        status.setRollbackOnly();
                    }
                });
            }
        } catch (Spreadsheets.UnreadableException e) {
            tally.reject(0, file.fileName(), List.of(Problem.of(e.messageKey())));
        }
        chunked.flush();
        boolean blocked = onError == OnError.BLOCK && tally.rejected > 0;
        if (blocked) {
            tally.created = 0;
            tally.reviews.clear();
        } else {
            files.delete(file.id());
            if (tally.created > 0) {
                perRow.executeWithoutResult(s -> audit.record(
                        "IMPORT",
                        file.kind() == ImportKind.ACTORS ? "actor" : "member",
                        file.source(),
                        null,
                        Map.of(
                                "file", file.fileName(),
                                "created", tally.created,
                                "unchanged", tally.unchanged,
                                "rejected", tally.rejected)));
            }
        }
        return new ImportOutcome(
                file.kind(),
                file.actorId(),
                blocked ? file.id() : null,
                file.fileName(),
                blocked,
                tally.unchanged,
                tally.rejected,
                new ImportReport(tally.created, 0, List.copyOf(tally.rejections)),
                List.copyOf(tally.reviews));
    }

    private interface RowHandler {
        void handle(MappedRow row);
    }

    private static void read(ImportFiles.ImportFile file, List<String> mapping, RowHandler handler) {
        Spreadsheets.read(file.content(), file.format(), new Spreadsheets.RowConsumer() {
            private List<String> header = List.of();

            @Override
            public void header(List<String> names) {
                header = names;
            }

            @Override
            public void row(int line, List<String> cells) {
                Map<String, String> values = new HashMap<>();
                Map<String, String> headers = new HashMap<>();
                for (int c = 0; c < mapping.size(); c++) {
                    String field = mapping.get(c);
                    if (!field.isEmpty()) {
                        values.put(field, c < cells.size() ? cells.get(c) : "");
                        headers.put(field, c < header.size() ? header.get(c) : field);
                    }
                }
                handler.handle(new MappedRow(line, values, headers));
            }
        });
    }

    private static void one(MappedRow row, TransactionTemplate transaction, RowImporter importer, Tally tally) {
        try {
            Done done = transaction.execute(s -> importer.importRow(row));
            if (done != null && done.created()) {
                tally.created++;
                done.reviews().forEach(tally::review);
            } else {
                tally.unchanged++;
            }
        } catch (RowRejected e) {
            tally.reject(row.line(), importer.key(row), e.problems);
        } catch (InvalidRequestException e) {
            tally.reject(row.line(), importer.key(row), List.of(Problem.of(e.messageKey(), e.args())));
        } catch (DataAccessException e) {
            log.warn("Import row {} failed in the database", row.line(), e);
            tally.reject(row.line(), importer.key(row), List.of(Problem.of("import.error.database")));
        }
    }

    private static TransactionTemplate template(PlatformTransactionManager transactions, int propagation) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(propagation);
        return template;
    }

    private static final class Tally {
        int created;
        int unchanged;
        int rejected;
        final List<ImportReport.Rejection> rejections = new ArrayList<>();
        final List<ImportOutcome.Review> reviews = new ArrayList<>();

        void reject(int line, String key, List<Problem> problems) {
            rejected++;
            if (rejections.size() < MAX_LISTED) {
                rejections.add(new ImportReport.Rejection(line, key, List.copyOf(problems)));
            }
        }

        void review(ImportOutcome.Review review) {
            if (reviews.size() < MAX_LISTED) {
                reviews.add(review);
            }
        }
    }

    /** Writes progress every few rows in its own transaction, never in the import's. */
    private final class ChunkedProgress {
        private final JobProgress progress;
        private int pending;

        ChunkedProgress(JobProgress progress) {
            this.progress = progress;
        }

        void advance() {
            if (++pending >= PROGRESS_EVERY) {
                flush();
            }
        }

        void flush() {
            if (pending > 0) {
                int items = pending;
                pending = 0;
                perRow.executeWithoutResult(s -> progress.advance(items));
            }
        }
    }
}
