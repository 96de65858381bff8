package ma.tadamon.web;

import java.util.List;
import java.util.Locale;

/** The interface languages, Arabic first (the public's default), and the locales used to format. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("ar", "fr", "en");
    public static final Locale DEFAULT = Locale.forLanguageTag("ar");

    private Languages() {}

    public static boolean isSupported(String language) {
        return SUPPORTED.contains(language);
    }

    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    /** Moroccan formatting: ar-MA and fr-MA write Latin digits, as Moroccans do (plain ar does not). */
    public static Locale formatting(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> Locale.forLanguageTag("ar-MA");
            case "fr" -> Locale.forLanguageTag("fr-MA");
            default -> Locale.forLanguageTag("en-MA");
        };
    }
}
