package ma.tadamon.registry.internal;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The bilingual model of a cooperative's statutes and constitutive minutes, in Arabic and French
 * whatever the reader's language (the document is legal content, not interface text):
 * {@code ${@statutes.text('a1', 'ar', name)}}.
 */
@Component("statutes")
class StatutesModel {

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    StatutesModel() {
        source.setBasename("i18n/statutes");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
    }

    public String text(String key, String language, Object... args) {
        return source.getMessage(key, args, Locale.forLanguageTag(language));
    }
}
