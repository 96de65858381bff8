package ma.tadamon.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class YearlyReportIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void anyoneWatchesTheFrenchReportOfARegionBeingGeneratedThenDownloadsItWithThePlatformsFigures() throws Exception {
        int year = LocalDate.now(RollupListener.MOROCCO).getYear();
        String location = mvc.perform(post("/observatory/reports")
                        .with(csrf())
                        .param("territory", "09")
                        .param("year", Integer.toString(year))
                        .param("language", "fr"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/observatory/reports/");
        AtomicReference<String> page = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String html = mvc.perform(get(location).header("Accept-Language", "fr"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("id=\"report-download\"");
            page.set(html);
        });
        Matcher link = Pattern.compile("href=\"(/observatory/reports/files/[0-9a-f-]+\\.pdf)\"")
                .matcher(page.get());
        assertThat(link.find()).isTrue();
        byte[] pdf = mvc.perform(get(link.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        String cooperatives = mvc.perform(get("/api/v1/indicators/registry.cooperatives/data?territory=09"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long count = json.readTree(cooperatives).path("total").path("numerator").asLong();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper()
                    .getText(document)
                    .replace('\u202f', ' ')
                    .replace('\u00a0', ' ');
            assertThat(text).contains("Rapport annuel", "Souss-Massa — " + year, "Chiffres clés", "Définitions");
            String formatted = NumberFormat.getNumberInstance(Locale.forLanguageTag("fr-MA"))
                    .format(count)
                    .replace('\u202f', ' ')
                    .replace('\u00a0', ' ');
            assertThat(text).contains("Coopératives " + formatted);
            assertThat(text).contains("Agadir-Ida-Ou-Tanane");
        }

        // Asked again within the hour, the same report is served at once.
        mvc.perform(post("/observatory/reports")
                        .with(csrf())
                        .param("territory", "09")
                        .param("year", Integer.toString(year))
                        .param("language", "fr"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern(
                        "/observatory/reports/files/*"));
    }

    @Test
    void theArabicReportIsWrittenRightToLeftInArabic() throws Exception {
        int year = LocalDate.now(RollupListener.MOROCCO).getYear() - 1;
        String location = mvc.perform(post("/observatory/reports")
                        .with(csrf())
                        .param("territory", "03")
                        .param("year", Integer.toString(year))
                        .param("language", "ar"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        AtomicReference<String> pdfLink = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String html =
                    mvc.perform(get(location)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Matcher link = Pattern.compile("href=\"(/observatory/reports/files/[0-9a-f-]+\\.pdf)\"")
                    .matcher(html);
            assertThat(link.find()).isTrue();
            pdfLink.set(link.group(1));
        });
        byte[] pdf = mvc.perform(get(pdfLink.get())).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("التعاونيات");
        }
    }
}
