package ma.tadamon.registry.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import ma.tadamon.platform.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * First guess of the column mapping from a file's headers, in Arabic, French or English: a header
 * that is exactly one of a field's words wins over one that only contains it, longer words over
 * shorter; each field and each column is used once. A generic header ("Nom", "الاسم", "name") goes
 * to the Arabic or the French field according to the script of the column's first values (or of
 * the header itself when the column is empty). The person checks and corrects it on the page.
 */
final class ColumnGuess {

    static final String IGNORE = "";
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

    private ColumnGuess() {}

    private record Candidate(
            int column, int score, @Nullable String field, ImportField.@Nullable Generic generic) {}

    /** One field name per column ({@link #IGNORE} for none), in the order of the header. */
    static List<String> guess(ImportKind kind, List<String> header, List<List<String>> sample) {
        List<Candidate> candidates = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            String normalised = SearchText.normalize(header.get(column));
            if (normalised.isEmpty()) {
                continue;
            }
            for (ImportField field : kind.fields) {
                int score = score(normalised, field.words(), field.exactOnly());
                if (score > 0) {
                    candidates.add(new Candidate(column, score, field.name(), null));
                }
            }
            for (ImportField.Generic generic : kind.generics) {
                int score = score(normalised, generic.words(), false);
                if (score > 0) {
                    candidates.add(new Candidate(column, score, null, generic));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score)
                .reversed()
                .thenComparingInt(Candidate::column)
                .thenComparing(c -> c.generic() != null));
        List<String> mapping = new ArrayList<>();
        header.forEach(h -> mapping.add(IGNORE));
        Set<String> taken = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!mapping.get(candidate.column()).equals(IGNORE)) {
                continue;
            }
            String field = candidate.field();
            ImportField.Generic generic = candidate.generic();
            if (field == null && generic != null) {
                field = arabic(header.get(candidate.column()), sample, candidate.column())
                        ? generic.arabicField()
                        : generic.latinField();
            }
            if (field != null && taken.add(field)) {
                mapping.set(candidate.column(), field);
            }
        }
        return mapping;
    }

    /** 1000 and more for a header that is exactly one of the words, else the length of the longest contained. */
    private static int score(String header, List<String> words, boolean exactOnly) {
        int best = 0;
        String padded = " " + header + " ";
        for (String word : words) {
            if (header.equals(word)) {
                best = Math.max(best, 1000 + word.length());
            } else if (!exactOnly && padded.contains(" " + word + " ")) {
                best = Math.max(best, word.length());
            }
        }
        return best;
    }

    /** Does the column hold Arabic text (most of its non-empty sample values), or, if empty, is its header Arabic? */
    private static boolean arabic(String header, List<List<String>> sample, int column) {
        int arabic = 0;
        int values = 0;
        for (List<String> row : sample) {
            if (column < row.size() && !row.get(column).isBlank()) {
                values++;
                if (ARABIC.matcher(row.get(column)).find()) {
                    arabic++;
                }
            }
        }
        return values == 0 ? ARABIC.matcher(header).find() : arabic * 2 > values;
    }
}
