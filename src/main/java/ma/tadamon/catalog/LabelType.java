package ma.tadamon.catalog;

import java.util.Locale;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A kind of label or certification (IGP, ONSSA authorisation…) and who usually issues it. */
public record LabelType(
        String code,
        String family,
        LocalizedText name,
        @Nullable String issuerAr,
        @Nullable String issuerFr) {

    public String name(Locale locale) {
        return name.in(locale);
    }

    /** The issuer in the reader's language (Arabic readers get the Arabic one when there is one). */
    public @Nullable String issuer(Locale locale) {
        return "ar".equals(locale.getLanguage()) && issuerAr != null ? issuerAr : issuerFr;
    }
}
