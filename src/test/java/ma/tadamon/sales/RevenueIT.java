package ma.tadamon.sales;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cooperative's revenue dashboard: sums by month, channel, location and product, exact to the
 * centime, the same in the page, the API and each CSV; other cooperatives' revenue is refused.
 * The sales are placed in a quarter years ago, where no other test sells.
 */
@IntegrationTest
class RevenueIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID DATES = DemoPartyIds.of("coop-tmour-taghjijt");
    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @Autowired
    MockMvc mvc;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    @Autowired
    SalesLedger ledger;

    final JsonMapper json = JsonMapper.builder().build();

    static final java.util.concurrent.atomic.AtomicInteger YEARS = new java.util.concurrent.atomic.AtomicInteger(2001);

    UUID store;
    UUID own;
    UUID oil;
    UUID amlou;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void salesOfOneQuarter() {
        int year = YEARS.getAndIncrement();
        from = LocalDate.of(year, 1, 1);
        to = LocalDate.of(year, 3, 31);
        store = CatalogFixtures.store(locations, DemoPartyIds.STORE_SOUSS_MASSA, "0.1000");
        own = locations.ofActor(TIFAWIN).id();
        oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile revenu " + year, "120.50");
        amlou = CatalogFixtures.variantOf(products, TIFAWIN, "Amlou revenu " + year, "29.55");
        UUID dates = CatalogFixtures.variantOf(products, DATES, "Dattes revenu", "45.00");
        CatalogFixtures.consign(locations, stock, TIFAWIN, oil, store, 10);
        CatalogFixtures.consign(locations, stock, TIFAWIN, amlou, store, 10);
        CatalogFixtures.consign(locations, stock, DATES, dates, store, 10);
        stock.receive(own, oil, new BigDecimal("5"), "production");

        sell(store, at(from, 0, 0), new NewSale.Line(oil, new BigDecimal("2"))); // Jan, store: 241.00
        sell(store, at(LocalDate.of(year, 2, 14), 12, 0), new NewSale.Line(amlou, new BigDecimal("3"))); // 88.65
        sell(own, at(to, 23, 59), new NewSale.Line(oil, BigDecimal.ONE)); // Mar, direct: 120.50
        sell(store, at(to.plusDays(1), 0, 0), new NewSale.Line(oil, BigDecimal.ONE)); // April: outside
        sell(store, at(LocalDate.of(year, 2, 1), 9, 0), new NewSale.Line(dates, BigDecimal.ONE)); // not Tifawin's
    }

    Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(MOROCCO).toInstant();
    }

    void sell(UUID location, Instant when, NewSale.Line line) {
        ledger.record(new NewSale(UUID.randomUUID(), location, Payment.CASH, when, List.of(line), null, null));
    }

    MockHttpServletResponse get(Cookie session, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .cookie(session)
                        .param("from", from.toString())
                        .param("to", to.toString())
                        .accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL))
                .andReturn()
                .getResponse();
    }

    @Test
    void theApiGivesExactSumsByMonthChannelLocationAndProduct() throws Exception {
        Cookie manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
        MockHttpServletResponse response = get(manager, "/api/v1/actors/" + TIFAWIN + "/revenue");

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode report = json.readTree(response.getContentAsString());
        assertThat(report.get("total").decimalValue()).isEqualByComparingTo("450.15");
        assertThat(amounts(report.get("months")))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("241.00"), new BigDecimal("88.65"), new BigDecimal("120.50"));
        assertThat(report.get("months").get(0).get("key").asText())
                .isEqualTo(from.toString().substring(0, 7));
        assertThat(amountOf(report.get("channels"), "STORE")).isEqualByComparingTo("329.65");
        assertThat(amountOf(report.get("channels"), "DIRECT")).isEqualByComparingTo("120.50");
        assertThat(amountOf(report.get("locations"), store.toString())).isEqualByComparingTo("329.65");
        assertThat(amountOf(report.get("locations"), own.toString())).isEqualByComparingTo("120.50");
        assertThat(report.get("products")).hasSize(2);
        assertThat(report.get("products").get(0).get("amount").decimalValue()).isEqualByComparingTo("361.50");
        assertThat(report.get("products").get(0).get("label").get("fr").asText())
                .startsWith("Huile revenu");
        assertThat(report.get("products").get(1).get("amount").decimalValue()).isEqualByComparingTo("88.65");
    }

    @Test
    void thePageShowsTheTotalAndEachCsvAddsUpToIt() throws Exception {
        Cookie manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
        MockHttpServletResponse page = get(manager, "/manage/" + TIFAWIN + "/revenue");

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .containsPattern("id=\"revenue-total\"[^>]*data-value=\"450.15\"")
                .contains("revenue-months-table")
                .contains("/manage/" + TIFAWIN + "/revenue/products.csv");

        for (String dimension : List.of("months", "channels", "locations", "products")) {
            MockHttpServletResponse csv = get(manager, "/manage/" + TIFAWIN + "/revenue/" + dimension + ".csv");
            assertThat(csv.getStatus()).isEqualTo(200);
            assertThat(csv.getContentType()).startsWith("text/csv");
            String body = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
            List<String> rows = Arrays.asList(body.split("\r\n"));
            assertThat(rows.get(0)).endsWith("key,name_ar,name_fr,quantity,amount_mad");
            BigDecimal sum = rows.subList(1, rows.size()).stream()
                    .map(r -> new BigDecimal(r.substring(r.lastIndexOf(',') + 1)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(dimension).isEqualByComparingTo("450.15");
        }
        String products = new String(
                get(manager, "/manage/" + TIFAWIN + "/revenue/products.csv").getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(products).contains("Huile revenu").contains(",361.50");
    }

    @Test
    void aCooperativeManagerCannotSeeAnotherActorsRevenue() throws Exception {
        Cookie manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);

        assertThat(get(manager, "/manage/" + DATES + "/revenue").getStatus()).isEqualTo(403);
        assertThat(get(manager, "/manage/" + DATES + "/revenue/months.csv").getStatus())
                .isEqualTo(403);
        assertThat(get(manager, "/api/v1/actors/" + DATES + "/revenue").getStatus())
                .isEqualTo(403);

        Cookie admin = SignIn.admin(mvc);
        JsonNode report =
                json.readTree(get(admin, "/api/v1/actors/" + DATES + "/revenue").getContentAsString());
        assertThat(report.get("total").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("45.00"));
    }

    static List<BigDecimal> amounts(JsonNode rows) {
        java.util.ArrayList<BigDecimal> out = new java.util.ArrayList<>();
        rows.forEach(r -> out.add(r.get("amount").decimalValue()));
        return out;
    }

    static BigDecimal amountOf(JsonNode rows, String key) {
        for (JsonNode r : rows) {
            if (r.get("key").asText().equals(key)) {
                return r.get("amount").decimalValue();
            }
        }
        throw new AssertionError("No row " + key + " in " + rows);
    }
}
