package ma.tadamon.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LocaleConfigurationTest {

    static String resolve(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return LocaleConfiguration.fromAcceptLanguage(request).getLanguage();
    }

    @Test
    void picksTheFirstSupportedLanguageInPreferenceOrder() {
        assertThat(resolve("ar-MA,fr;q=0.8")).isEqualTo("ar");
        assertThat(resolve("es,fr-FR;q=0.8,en;q=0.5")).isEqualTo("fr");
        assertThat(resolve("en-GB")).isEqualTo("en");
    }

    @Test
    void defaultsToArabic() {
        assertThat(resolve(null)).isEqualTo("ar");
        assertThat(resolve("de,es")).isEqualTo("ar");
        assertThat(resolve(";;;garbage")).isEqualTo("ar");
    }
}
