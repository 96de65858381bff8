package ma.tadamon.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public dashboards through real security, anonymous: every figure on the page is the open
 * data API's answer to the same question, children link to their own dashboards, a commune has no
 * children, and wrong addresses or years get a readable answer.
 */
@IntegrationTest
class ObservatoryDashboardIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Territories territories;

    final int year = LocalDate.now(RollupListener.MOROCCO).getYear();

    String page(String path, String language, int expectedStatus) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language))
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    JsonNode api(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/indicators/" + query).header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    BigDecimal apiTotal(String query) throws Exception {
        return new BigDecimal(api(query).path("total").path("value").asString());
    }

    /** The data-value of the element with this id, or of the first element inside it that has one. */
    static BigDecimal value(String html, String id) {
        Matcher m = Pattern.compile(
                        "id=\"" + Pattern.quote(id) + "\"[^>]*?data-value=\"([^\"]*)\"|id=\"" + Pattern.quote(id)
                                + "\".*?data-value=\"([^\"]*)\"",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("element #" + id).isTrue();
        return new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2));
    }

    @Test
    void countryPageInArabicShowsTheKeyFiguresTheApiGivesForTheSameQuestions() throws Exception {
        String html = page("/observatory", "ar", 200);

        assertThat(html).contains("dir=\"rtl\"", "lang=\"ar\"", "المرصد");
        assertThat(value(html, "fig-actors")).isEqualByComparingTo(apiTotal("registry.actors/data"));
        assertThat(value(html, "fig-cooperatives")).isEqualByComparingTo(apiTotal("registry.cooperatives/data"));
        assertThat(value(html, "fig-members")).isEqualByComparingTo(apiTotal("registry.members/data"));
        assertThat(value(html, "fig-women-members"))
                .isEqualByComparingTo(apiTotal("registry.women-members-share/data"));
        assertThat(value(html, "fig-women-led")).isEqualByComparingTo(apiTotal("registry.women-led-share/data"));
        assertThat(value(html, "fig-youth-led")).isEqualByComparingTo(apiTotal("registry.youth-led-share/data"));
        assertThat(value(html, "fig-sales"))
                .isEqualByComparingTo(apiTotal("sales.amount/data?from=" + year + "&to=" + year));
        assertThat(value(html, "fig-created"))
                .isEqualByComparingTo(apiTotal("registry.cooperatives-created/data?from=" + year + "&to=" + year));
        assertThat(value(html, "fig-actors")).isPositive();

        // the regions with their figures add up to the country's
        List<Territory> regions = territories.children(territories.country().id());
        for (Territory region : regions) {
            assertThat(html).contains("href=\"/observatory/territories/" + region.code() + "?year=" + year + "\"");
        }
        assertThat(value(html, "dash-total-actors")).isEqualByComparingTo(value(html, "fig-actors"));
        assertThat(sumOf(html, "actors")).isEqualByComparingTo(value(html, "fig-actors"));
    }

    @Test
    void countryPageSaysWhatThePlatformKnowsAgainstTheReferenceTotal() throws Exception {
        JsonNode cooperatives = api("registry.cooperatives/data");
        JsonNode coverage = cooperatives.path("coverage");
        assertThat(coverage.isObject())
                .as("the country has a reference total of cooperatives")
                .isTrue();

        String html = page("/observatory?lang=fr", "fr", 200);

        Matcher m = Pattern.compile("id=\"fig-cooperatives\".*?<span class=\"coverage\">([^<]*)</span>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        String text = m.group(1).replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(text)
                .contains("connues sur la plateforme sur")
                .contains(coverage.path("source").asString())
                .contains(Integer.toString(coverage.path("year").asInt()));
        assertThat(text.replaceAll("[^0-9]", ""))
                .contains(Long.toString(coverage.path("reference").asLong()));
        assertThat(html).contains("Ces chiffres ne comptent que ce qui est enregistré sur la plateforme.");
    }

    @Test
    void regionPageListsItsProvincesWithLinksAndDownloadsOfTheSameQuestion() throws Exception {
        Territory soussMassa = territories.byCode("09").orElseThrow();

        String html = page("/observatory/territories/09?lang=fr", "fr", 200);

        assertThat(html).contains("Souss").contains("Provinces et préfectures");
        List<Territory> provinces = territories.children(soussMassa.id());
        assertThat(provinces).isNotEmpty();
        for (Territory province : provinces) {
            assertThat(html)
                    .contains("href=\"/observatory/territories/" + province.code() + "?year=" + year + "\"")
                    .contains(province.name().fr());
        }
        assertThat(value(html, "fig-actors")).isEqualByComparingTo(apiTotal("registry.actors/data?territory=09"));
        assertThat(sumOf(html, "actors")).isEqualByComparingTo(value(html, "dash-total-actors"));
        assertThat(html)
                .contains("/api/v1/indicators/registry.actors/data?territory=09&amp;level=PROVINCE&amp;format=csv")
                .contains("/api/v1/indicators/registry.actors/data?territory=09&amp;level=PROVINCE&amp;format=xlsx")
                .contains("/api/v1/indicators/sales.amount/data?territory=09&amp;level=PROVINCE&amp;from=" + year
                        + "-01-01&amp;to=" + year + "-12-31&amp;format=csv");
        // the breadcrumb climbs back to the country
        assertThat(html).contains("href=\"/observatory?year=" + year + "\"");
    }

    @Test
    void aChartsTotalIsTheApisTotalAndItsCsvRowsAddUpToIt() throws Exception {
        String html = page("/observatory/territories/09", "fr", 200);
        Matcher m = Pattern.compile(
                        "id=\"dash-actors\".*?href=\"(/api/v1/indicators/registry\\.actors/data\\?[^\"]*format=csv)\"",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        String csv = mvc.perform(get(java.net.URI.create(m.group(1).replace("&amp;", "&"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        int valueColumn = header.indexOf("value");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < lines.length; i++) {
            sum = sum.add(new BigDecimal(lines[i].split(",")[valueColumn]));
        }
        Matcher total = Pattern.compile(
                        "id=\"dash-actors\".*?class=\"chart-total\" data-value=\"([^\"]*)\"", Pattern.DOTALL)
                .matcher(html);
        assertThat(total.find()).isTrue();
        assertThat(sum).isEqualByComparingTo(new BigDecimal(total.group(1))).isPositive();
    }

    @Test
    void aCommunePageShowsItsFiguresWithoutChildren() throws Exception {
        String html = page("/observatory/territories/03.531.01.05?lang=en", "en", 200);

        assertThat(html)
                .contains("dir=\"ltr\"")
                .contains("finest level of the map")
                .doesNotContain("id=\"dash-children-title\"")
                .contains("href=\"/observatory/territories/03?year=" + year + "\"")
                .contains("href=\"/observatory/territories/03.531?year=" + year + "\"")
                .contains("No reference total exists for this territory");
        assertThat(value(html, "fig-actors"))
                .isEqualByComparingTo(apiTotal("registry.actors/data?territory=03.531.01.05"));
        assertThat(value(html, "fig-members"))
                .isEqualByComparingTo(apiTotal("registry.members/data?territory=03.531.01.05"));
    }

    @Test
    void anUnknownTerritoryIsAPageNotFound() throws Exception {
        // MockMvc does not forward to the error page: the browser gets error/404.html for this status
        page("/observatory/territories/99.999?lang=fr", "fr", 404);
        page("/observatory/territories/not-a-code", "fr", 404);
    }

    @Test
    void aYearThatCannotBeReadIsSaidBesideTheYearFieldNotAServerError() throws Exception {
        for (String wrong : List.of("abc", "1800", Integer.toString(year + 1), "2025-01")) {
            String html = page("/observatory?lang=fr&year=" + wrong, "fr", 400);
            assertThat(html)
                    .as(wrong)
                    .contains("id=\"dash-year-error\"")
                    .contains("Choisissez une année entre 2000 et " + year)
                    .contains("aria-invalid=\"true\"")
                    .contains("id=\"fig-actors\"");
        }
        String earlier = page("/observatory?year=" + (year - 1), "fr", 200);
        assertThat(value(earlier, "fig-sales"))
                .isEqualByComparingTo(apiTotal("sales.amount/data?from=" + (year - 1) + "&to=" + (year - 1)));
    }

    /** The sum of one column of the children's table. */
    static BigDecimal sumOf(String html, String column) {
        Matcher m = Pattern.compile("<td class=\"" + column + "\" data-value=\"([^\"]*)\"")
                .matcher(html);
        BigDecimal sum = BigDecimal.ZERO;
        while (m.find()) {
            sum = sum.add(new BigDecimal(m.group(1)));
        }
        return sum;
    }
}
