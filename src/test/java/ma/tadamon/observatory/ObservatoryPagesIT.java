package ma.tadamon.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ObservatoryPagesIT {

    /** A row of a page's table: its data-key, then the data-value of each cell (null when absent). */
    private static final Pattern ROW = Pattern.compile("<tr data-key=\"([^\"]*)\">(.*?)</tr>", Pattern.DOTALL);

    private static final Pattern CELL = Pattern.compile("<td([^>]*)>");
    private static final Pattern VALUE = Pattern.compile("data-value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    MessageSource messages;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    JsonNode api(String path) throws Exception {
        return json.readTree(page(get(path)));
    }

    static Map<String, List<BigDecimal>> rows(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as("table " + tableId).isPositive();
        String table = html.substring(start, html.indexOf("</table>", start));
        Map<String, List<BigDecimal>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<BigDecimal> values = new java.util.ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                Matcher value = VALUE.matcher(cell.group(1));
                values.add(value.find() ? new BigDecimal(value.group(1)) : null);
            }
            rows.put(row.group(1), values);
        }
        return rows;
    }

    /** As Thymeleaf escapes text: only the characters HTML needs. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    Set<String> publicCodes() throws Exception {
        Set<String> codes = new HashSet<>();
        api("/api/v1/indicators").forEach(d -> codes.add(d.path("code").asString()));
        assertThat(codes).contains("registry.cooperatives", "sales.amount");
        return codes;
    }

    @Test
    void catalogueListsEveryPublicIndicatorWithLicenceLastUpdateAndDownloads() throws Exception {
        String html = page(get("/observatory/data"));
        for (String code : publicCodes()) {
            int at = html.indexOf("data-code=\"" + code + "\"");
            assertThat(at).as(code).isPositive();
            int end = html.indexOf("</article>", at);
            String article = html.substring(at, end);
            assertThat(article)
                    .contains("class=\"obs-licence\"")
                    .contains("CC-BY-4.0")
                    .contains("https://creativecommons.org/licenses/by/4.0/")
                    .contains("/api/v1/indicators/" + code + "/data?level=REGION&amp;format=csv")
                    .contains("/api/v1/indicators/" + code + "/data?level=REGION&amp;format=xlsx");
        }
        String cooperatives = html.substring(html.indexOf("data-code=\"registry.cooperatives\""));
        assertThat(cooperatives.substring(0, cooperatives.indexOf("</article>")))
                .contains("<time class=\"obs-updated\"");
        assertThat(html).contains("/api/docs/ui.html").contains("/observatory/data.jsonld");
    }

    @Test
    void machineReadableCataloguesListEveryPublicCode() throws Exception {
        Set<String> codes = publicCodes();
        JsonNode jsonLd = json.readTree(mvc.perform(get("/observatory/data.jsonld"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(jsonLd.path("@type").asString()).isEqualTo("dcat:Catalog");
        Set<String> listed = new HashSet<>();
        for (JsonNode dataset : jsonLd.path("dcat:dataset")) {
            listed.add(dataset.path("dct:identifier").asString());
            assertThat(dataset.path("dct:license").path("@id").asString())
                    .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            assertThat(dataset.path("dct:title")).hasSize(3);
            assertThat(dataset.path("dcat:distribution").toString()).contains("format=csv");
        }
        assertThat(listed).isEqualTo(codes);

        JsonNode plain = api("/observatory/data.json");
        Set<String> identifiers = new HashSet<>();
        for (JsonNode dataset : plain.path("dataset")) {
            identifiers.add(dataset.path("identifier").asString());
            assertThat(dataset.path("license").asString()).isEqualTo("CC-BY-4.0");
            assertThat(dataset.path("title").path("fr").asString()).isNotBlank();
        }
        assertThat(identifiers).isEqualTo(codes);
        JsonNode cooperatives = null;
        for (JsonNode dataset : plain.path("dataset")) {
            if (dataset.path("identifier").asString().equals("registry.cooperatives")) {
                cooperatives = dataset;
            }
        }
        assertThat(cooperatives).isNotNull();
        assertThat(cooperatives.path("modified").asString()).isNotBlank();
    }

    @Test
    void explorerTableAnswersTheSameQuestionAsTheApi() throws Exception {
        String html = page(get("/observatory/indicators/registry.cooperatives").param("level", "REGION"));
        Map<String, List<BigDecimal>> shown = rows(html, "obs-chart-table");
        JsonNode data = api("/api/v1/indicators/registry.cooperatives/data?level=REGION");
        Map<String, List<BigDecimal>> expected = new LinkedHashMap<>();
        data.path("rows")
                .forEach(r -> expected.put(
                        r.path("territory").path("code").asString(),
                        List.of(new BigDecimal(r.path("value").asString()))));
        assertThat(expected).isNotEmpty();
        assertThat(shown).isEqualTo(expected);
        assertThat(html)
                .contains("/api/v1/indicators/registry.cooperatives/data?level=REGION&amp;format=csv")
                .contains("data-chart=\"bar\"");

        // One dimension across: each region's row holds one value per status, as the API's rows.
        String byStatus = page(get("/observatory/indicators/registry.cooperatives")
                .param("territory", "09")
                .param("level", "PROVINCE")
                .param("by", "status"));
        Map<String, List<BigDecimal>> pivot = rows(byStatus, "obs-chart-table");
        JsonNode statusData =
                api("/api/v1/indicators/registry.cooperatives/data?territory=09&level=PROVINCE&by=status");
        BigDecimal apiSum = BigDecimal.ZERO;
        for (JsonNode r : statusData.path("rows")) {
            apiSum = apiSum.add(new BigDecimal(r.path("value").asString()));
            assertThat(pivot).containsKey(r.path("territory").path("code").asString());
        }
        BigDecimal pageSum = pivot.values().stream()
                .flatMap(List::stream)
                .filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(pageSum).isEqualByComparingTo(apiSum);
    }

    @Test
    void aBadParameterIsExplainedNextToItsFieldInTheReadersLanguage() throws Exception {
        String html = page(get("/observatory/indicators/registry.cooperatives").param("level", "NOWHERE"));
        String expected = messages.getMessage("obs.error.level", new Object[] {"NOWHERE"}, Locale.FRENCH);
        assertThat(expected).contains("niveau territorial");
        assertThat(html).contains("<p class=\"error\" id=\"q-level-error\">" + escape(expected) + "</p>");
        assertThat(html).doesNotContain("id=\"obs-chart-table\"");

        String period = page(get("/observatory/indicators/sales.amount").param("from", "l’an dernier"));
        assertThat(period).contains("id=\"q-from-error\"");

        String stockByPeriod =
                page(get("/observatory/indicators/registry.cooperatives").param("period", "YEAR"));
        assertThat(stockByPeriod)
                .contains("class=\"alert error wide\"")
                .contains(escape(messages.getMessage("obs.error.notPeriodic", null, Locale.FRENCH)));

        String twoBreakdowns =
                page(get("/observatory/indicators/registry.members").param("by", "gender", "ageBand"));
        assertThat(twoBreakdowns).contains("id=\"q-by-error\"");
    }

    @Test
    void comparisonShowsTheApisValuesAndTheirDifferences() throws Exception {
        int year = LocalDate.now(RollupListener.MOROCCO).getYear();
        String a = Integer.toString(year - 1);
        String b = Integer.toString(year);
        String html = page(get("/observatory/compare")
                .param("indicator", "sales.amount")
                .param("territory", "09", "03", "10")
                .param("a", a)
                .param("b", b));
        Map<String, List<BigDecimal>> shown = rows(html, "obs-compare-table");
        assertThat(shown.keySet()).containsExactly("09", "03", "10");
        StringBuilder csv = new StringBuilder();
        for (String territory : List.of("09", "03", "10")) {
            BigDecimal valueA = new BigDecimal(
                    api("/api/v1/indicators/sales.amount/data?territory=" + territory + "&from=" + a + "&to=" + a)
                            .path("total")
                            .path("value")
                            .asString());
            BigDecimal valueB = new BigDecimal(
                    api("/api/v1/indicators/sales.amount/data?territory=" + territory + "&from=" + b + "&to=" + b)
                            .path("total")
                            .path("value")
                            .asString());
            List<BigDecimal> line = shown.get(territory);
            assertThat(line.get(0)).isEqualByComparingTo(valueA);
            assertThat(line.get(1)).isEqualByComparingTo(valueB);
            assertThat(line.get(2)).isEqualByComparingTo(valueB.subtract(valueA));
            if (valueA.signum() != 0) {
                assertThat(line.get(3))
                        .isEqualByComparingTo(valueB.subtract(valueA)
                                .multiply(BigDecimal.valueOf(100))
                                .divide(valueA.abs(), 1, java.math.RoundingMode.HALF_UP));
            }
            csv.append(territory).append(',');
        }
        assertThat(shown.values().stream().map(l -> l.get(0)).anyMatch(v -> v.signum() > 0)
                        || shown.values().stream().map(l -> l.get(1)).anyMatch(v -> v.signum() > 0))
                .as("the demo data has sales in the compared years")
                .isTrue();

        String download = mvc.perform(get("/observatory/compare.csv")
                        .param("indicator", "sales.amount")
                        .param("territory", "09", "03", "10")
                        .param("a", a)
                        .param("b", b))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = download.replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0])
                .isEqualTo("territory,territory_name,value_" + a + ",value_" + b + ",difference,change_percent");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("09,");
        assertThat(new BigDecimal(lines[1].split(",")[2]))
                .isEqualByComparingTo(shown.get("09").get(0));

        // A stock compares territories only.
        String stock = page(get("/observatory/compare")
                .param("indicator", "registry.cooperatives")
                .param("territory", "09", "03"));
        Map<String, List<BigDecimal>> cooperatives = rows(stock, "obs-compare-table");
        assertThat(cooperatives.get("09"))
                .singleElement()
                .satisfies(v -> assertThat(v)
                        .isEqualByComparingTo(
                                new BigDecimal(api("/api/v1/indicators/registry.cooperatives/data?territory=09")
                                        .path("total")
                                        .path("value")
                                        .asString())));

        String one = page(get("/observatory/compare")
                .param("indicator", "registry.cooperatives")
                .param("territory", "09"));
        assertThat(one).contains("id=\"c-territory-error\"");
    }

    @Test
    void analysisIsForAnalystsAndAdministratorsOnly() throws Exception {
        // A browser asks for a page: it is sent to sign in.
        mvc.perform(get("/observatory/analysis").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        for (String who : List.of("member@tadamon.ma", "manager@tadamon.ma")) {
            Cookie session = SignIn.as(mvc, who, SignIn.DEMO_PASSWORD);
            mvc.perform(get("/observatory/analysis").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/observatory/analysis/references").cookie(session)).andExpect(status().isForbidden());
        }
        Cookie analyst = SignIn.as(mvc, "analyst@tadamon.ma", SignIn.DEMO_PASSWORD);
        String html = page(get("/observatory/analysis").cookie(analyst));
        assertThat(html).contains("id=\"obs-freshness\"").contains("id=\"obs-lag\"");
        assertThat(html).doesNotContain("/observatory/analysis/rebuild\"");

        // Two breakdowns at once: statuses across, sectors down.
        String cross = page(get("/observatory/analysis/indicators/registry.cooperatives")
                .cookie(analyst)
                .param("by", "sector", "status"));
        assertThat(cross).doesNotContain("q-by-error").contains("id=\"obs-chart-table\"");
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/indicators/registry.cooperatives/data?by=sector,status")
                        .cookie(analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Map<String, List<BigDecimal>> pivot = rows(cross, "obs-chart-table");
        Set<String> sectors = new HashSet<>();
        api.path("rows")
                .forEach(r -> sectors.add(
                        r.path("dimensions").path("sector").path("code").asString()));
        assertThat(pivot.keySet()).containsExactlyInAnyOrderElementsOf(sectors);
    }

    @Test
    void onlyAdministratorsRebuildAndTheJobFinishes() throws Exception {
        Cookie analyst = SignIn.as(mvc, "analyst@tadamon.ma", SignIn.DEMO_PASSWORD);
        mvc.perform(post("/observatory/analysis/rebuild").cookie(analyst).with(csrf()))
                .andExpect(status().isForbidden());
        Cookie admin = SignIn.admin(mvc);
        assertThat(page(get("/observatory/analysis").cookie(admin))).contains("/observatory/analysis/rebuild\"");
        String job = mvc.perform(
                        post("/observatory/analysis/rebuild").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/observatory/analysis/rebuild/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    String fragment = page(get(job).cookie(admin).header("HX-Request", "true"));
                    assertThat(fragment).contains("data-status=\"SUCCEEDED\"").doesNotContain("hx-get");
                });
    }

    @Test
    void administratorsKeepReferenceTotalsThatTheCoverageUses() throws Exception {
        Cookie admin = SignIn.admin(mvc);
        int year = LocalDate.now(RollupListener.MOROCCO).getYear();
        mvc.perform(post("/observatory/analysis/references")
                        .cookie(admin)
                        .with(csrf())
                        .param("measure", "cooperatives")
                        .param("territory", "09")
                        .param("year", Integer.toString(year))
                        .param("value", "4 321")
                        .param("source", "Test régional"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/observatory/analysis/references"));
        try {
            JsonNode data = api("/api/v1/indicators/registry.cooperatives/data?territory=09");
            JsonNode coverage = data.path("coverage");
            assertThat(new BigDecimal(coverage.path("reference").asString())).isEqualByComparingTo("4321");
            assertThat(coverage.path("year").asInt()).isEqualTo(year);
            assertThat(coverage.path("source").asString()).isEqualTo("Test régional");
            BigDecimal total = new BigDecimal(data.path("total").path("value").asString());
            assertThat(new BigDecimal(coverage.path("share").asString()))
                    .isEqualByComparingTo(total.multiply(BigDecimal.valueOf(100))
                            .divide(new BigDecimal("4321"), 1, java.math.RoundingMode.HALF_UP));

            Cookie analyst = SignIn.as(mvc, "analyst@tadamon.ma", SignIn.DEMO_PASSWORD);
            String list = page(get("/observatory/analysis/references").cookie(analyst));
            assertThat(list)
                    .contains("data-key=\"cooperatives|09|" + year + "\"")
                    .doesNotContain("r-value");
            mvc.perform(post("/observatory/analysis/references")
                            .cookie(analyst)
                            .with(csrf())
                            .param("measure", "cooperatives")
                            .param("territory", "09")
                            .param("year", Integer.toString(year))
                            .param("value", "1")
                            .param("source", "Analyst"))
                    .andExpect(status().isForbidden());

            String refused = mvc.perform(post("/observatory/analysis/references")
                            .cookie(admin)
                            .with(csrf())
                            .header("Accept-Language", "fr")
                            .param("measure", "cooperatives")
                            .param("territory", "09")
                            .param("year", Integer.toString(year))
                            .param("value", "-5")
                            .param("source", "Test"))
                    .andExpect(status().is(422))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String message = messages.getMessage("obs.references.error.value", null, Locale.FRENCH);
            assertThat(refused)
                    .contains("<p class=\"error\" id=\"r-value-error\">" + escape(message) + "</p>")
                    .doesNotContain("r-year-error");
            assertThat(new BigDecimal(api("/api/v1/indicators/registry.cooperatives/data?territory=09")
                            .path("coverage")
                            .path("reference")
                            .asString()))
                    .isEqualByComparingTo("4321");
        } finally {
            mvc.perform(post("/observatory/analysis/references/delete")
                            .cookie(admin)
                            .with(csrf())
                            .param("measure", "cooperatives")
                            .param("territory", "09")
                            .param("year", Integer.toString(year)))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(api("/api/v1/indicators/registry.cooperatives/data?territory=09")
                        .path("coverage")
                        .path("year")
                        .asInt(0))
                .isNotEqualTo(year);
    }
}
