package ma.tadamon.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import ma.tadamon.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LanguageIT {

    @Autowired
    MockMvc mvc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void firstVisitWithoutPreferenceIsInArabicRightToLeft() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"ar\" dir=\"rtl\">")));
    }

    @Test
    void firstVisitFollowsAcceptLanguageWhenItAsksForFrenchOrEnglish() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"fr\" dir=\"ltr\">")));
        mvc.perform(get("/").header("Accept-Language", "de-DE,en;q=0.5"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\" dir=\"ltr\">")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToArabic() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "de-DE,es;q=0.5"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"ar\" dir=\"rtl\">")));
    }

    @Test
    void anExplicitChoiceIsRememberedAndWinsOverTheBrowser() throws Exception {
        Cookie choice = mvc.perform(get("/").param("lang", "fr").header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"fr\"")))
                .andExpect(cookie().exists("lang"))
                .andReturn()
                .getResponse()
                .getCookie("lang");
        mvc.perform(get("/territories").cookie(choice).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"fr\"")))
                .andExpect(content().string(Matchers.containsString("Régions")));
    }

    @Test
    void amountsFollowTheLanguageChosenInTheSameRequest() throws Exception {
        // the choice made by ?lang= must reach the formatting of that very page, not only the next one
        mvc.perform(get("/products").param("lang", "fr").header("Accept-Language", "en-US"))
                .andExpect(content().string(Matchers.containsString(",00\u00a0MAD")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("MAD65.00"))));
    }

    @Test
    void theSwitcherLinksKeepTheCurrentPage() throws Exception {
        mvc.perform(get("/territories/10").param("lang", "ar"))
                .andExpect(content().string(Matchers.containsString("href=\"/territories/10?lang=fr\"")));
    }

    @Test
    void numbersOnArabicPagesUseLatinDigits() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "ar"))
                .andExpect(content().string(Matchers.containsString("<strong>75</strong>")))
                .andExpect(content().string(Matchers.not(Matchers.matchesRegex("(?s).*[\\u0660-\\u0669].*"))));
    }

    @Test
    void missingPageIsAnsweredInTheVisitorsLanguage() throws Exception {
        // Error pages are rendered by the servlet container's error dispatch: go through the real server.
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/territories/99.999"))
                                .header("Accept-Language", "fr")
                                .header("Accept", "text/html")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(response.body())
                .contains("Page introuvable")
                .contains("lang=\"fr\"");
    }

    @Test
    void numbersInsideArabicMessagesUseLatinDigitsToo() throws Exception {
        mvc.perform(get("/actors/" + ma.tadamon.party.DemoPartyIds.COOP_TIFAWIN).header("Accept-Language", "ar"))
                .andExpect(content().string(Matchers.containsString("6 عضو")))
                .andExpect(content().string(Matchers.not(Matchers.matchesRegex("(?s).*[\\u0660-\\u0669].*"))));
    }
}
