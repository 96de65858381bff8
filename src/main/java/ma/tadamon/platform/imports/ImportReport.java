package ma.tadamon.platform.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, row by row: counts of rows created and updated, and each rejected row with
 * its line, key and the reasons as message keys (with arguments), rendered in the reader's
 * language when shown.
 */
public record ImportReport(int created, int updated, List<Rejection> rejections) {

    public record Rejection(int line, String key, List<Problem> problems) {}

    public record Problem(String messageKey, List<String> args) {
        public static Problem of(String messageKey, Object... args) {
            return new Problem(
                    messageKey,
                    java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    public int rejected() {
        return rejections.size();
    }

    /** Accumulates a report while an import runs. */
    public static final class Builder {
        private int created;
        private int updated;
        private final List<Rejection> rejections = new ArrayList<>();

        public void created() {
            created++;
        }

        public void updated() {
            updated++;
        }

        public void reject(int line, String key, List<Problem> problems) {
            rejections.add(new Rejection(line, key, List.copyOf(problems)));
        }

        public ImportReport build() {
            return new ImportReport(created, updated, List.copyOf(rejections));
        }
    }
}
