package ma.tadamon.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as search compares it: Arabic without diacritics or tatweel and with one form per letter
 * (alef with hamza or madda → alef, alef maqsura → yaa, taa marbuta → haa, hamza on waw/yaa → the
 * letter), Latin without accents and in lower case, spaces collapsed. So "جمعيّة الأمل" finds
 * "جمعية الامل" and "Coopérative" finds "cooperative".
 */
public final class SearchText {

    private static final Pattern ARABIC_MARKS =
            Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern LATIN_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    public static String normalize(String text) {
        String arabic = ARABIC_MARKS.matcher(text).replaceAll("");
        StringBuilder letters = new StringBuilder(arabic.length());
        for (int i = 0; i < arabic.length(); i++) {
            char c = arabic.charAt(i);
            letters.append(
                    switch (c) {
                        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                        case 'ى' -> 'ي';
                        case 'ة' -> 'ه';
                        case 'ؤ' -> 'و';
                        case 'ئ' -> 'ي';
                        default -> c;
                    });
        }
        String latin = LATIN_MARKS
                .matcher(Normalizer.normalize(letters, Normalizer.Form.NFD))
                .replaceAll("");
        // NFD splits Arabic hamza forms too; put the composed forms back before folding case.
        latin = Normalizer.normalize(latin, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(latin).replaceAll(" ").trim();
    }
}
