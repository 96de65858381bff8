package ma.tadamon.platform;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A name or description in Arabic, French and optionally English. Shown in the requested
 * language, else the other of Arabic/French, else whatever exists.
 */
public record LocalizedText(
        @Nullable String ar, @Nullable String fr, @Nullable String en) {

    public String in(Locale locale) {
        String language = locale.getLanguage();
        String first = switch (language) {
            case "ar" -> ar;
            case "fr" -> fr;
            case "en" -> en;
            default -> null;
        };
        if (hasText(first)) {
            return first;
        }
        // Arabic readers fall back to French; French readers to Arabic; others to French, then Arabic.
        String[] fallbacks = "fr".equals(language) ? new String[] {ar, en} : new String[] {fr, ar, en};
        for (String candidate : fallbacks) {
            if (hasText(candidate)) {
                return candidate;
            }
        }
        return "";
    }

    /** The language of what {@link #in(Locale)} returns, for a {@code lang} attribute. */
    public String languageIn(Locale locale) {
        String shown = in(locale);
        if (shown.equals(ar)) {
            return "ar";
        }
        return shown.equals(fr) ? "fr" : "en";
    }

    public boolean hasArabicOrFrench() {
        return hasText(ar) || hasText(fr);
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
