package ma.tadamon.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import ma.tadamon.web.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * A visitor's language: an explicit choice ({@code ?lang=fr}) is kept in a cookie for a year and
 * wins; otherwise the first of ar, fr, en that the browser's Accept-Language asks for; otherwise
 * Arabic.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new MoroccanCookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
        return resolver;
    }

    /**
     * Resolves to the Moroccan variants (ar-MA, fr-MA): messages still come from the ar and fr
     * bundles, but every number, also those inside messages, is written with Latin digits — plain
     * {@code ar} would write Arabic-Indic digits, which Moroccans do not use.
     */
    static final class MoroccanCookieLocaleResolver extends CookieLocaleResolver {
        MoroccanCookieLocaleResolver(String cookieName) {
            super(cookieName);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return moroccan(super.resolveLocale(request));
        }

        @Override
        public org.springframework.context.i18n.LocaleContext resolveLocaleContext(HttpServletRequest request) {
            // Lazy: a ?lang= change made by the interceptor after this context was built must show.
            return () -> {
                Locale locale = super.resolveLocaleContext(request).getLocale();
                return locale == null ? null : moroccan(locale);
            };
        }
    }

    private static final Locale AR_MA = Locale.forLanguageTag("ar-MA");
    private static final Locale FR_MA = Locale.forLanguageTag("fr-MA");

    static Locale moroccan(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> AR_MA;
            case "fr" -> FR_MA;
            default -> locale;
        };
    }

    static Locale fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Languages.DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            String match = Locale.lookupTag(ranges, Languages.SUPPORTED);
            return match == null ? Languages.DEFAULT : Locale.forLanguageTag(match);
        } catch (IllegalArgumentException malformed) {
            return Languages.DEFAULT;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(
                    HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String requested = request.getParameter(getParamName());
                if (requested != null && !Languages.isSupported(requested)) {
                    return true; // an unknown language is ignored rather than failing the page
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
