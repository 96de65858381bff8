package ma.tadamon.registry.internal;

import java.util.Arrays;
import java.util.List;
import ma.tadamon.platform.SearchText;

/**
 * A field a column can be mapped to, with the header words that suggest it (normalised). An
 * {@code exactOnly} field is guessed only when the whole header is one of its words (a row id
 * column is too important to guess from a stray "N°").
 */
record ImportField(String name, boolean exactOnly, List<String> words) {

    static ImportField of(String name, String... words) {
        return new ImportField(name, false, normalised(words));
    }

    static ImportField exact(String name, String... words) {
        return new ImportField(name, true, normalised(words));
    }

    /** Header words that name a field whose language the column's script decides (a name, "الاسم"). */
    record Generic(String arabicField, String latinField, List<String> words) {
        Generic(String arabicField, String latinField, String... words) {
            this(arabicField, latinField, normalised(words));
        }
    }

    static List<String> normalised(String... words) {
        return Arrays.stream(words).map(SearchText::normalize).distinct().toList();
    }
}
