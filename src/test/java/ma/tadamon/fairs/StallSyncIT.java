package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.tadamon.catalog.Products;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.FairFixtures;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stall's device pairs, fetches its catalogue and syncs offline sales exactly once, through the HTTP API. */
@IntegrationTest
class StallSyncIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID DATES = DemoPartyIds.of("coop-tmour-taghjijt");

    @Autowired
    MockMvc mvc;

    @Autowired
    Editions editions;

    @Autowired
    Exhibitors exhibitors;

    @Autowired
    StallDevices devices;

    @Autowired
    Territories territories;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ma.tadamon.sales.Settlements settlements;

    UUID edition;
    UUID stall;
    UUID oil;
    String token;

    @BeforeEach
    void aStallWithTenJarsAndAPairedPhone() throws Exception {
        edition = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        stall = exhibitors.admit(edition, TIFAWIN, null).locationId();
        oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile foire", "80.00");
        FairFixtures.stockAtStall(locations, stock, TIFAWIN, oil, stall, 10);
        token = pair(devices.startPairing(edition, stall, "Téléphone de Fatima").code());
    }

    @Test
    void aPairingCodeWorksOnceAndAnUnknownTokenIsRefused() throws Exception {
        StallDevices.Pairing pairing = devices.startPairing(edition, stall, "Tablette");
        pair(pairing.code());
        mvc.perform(post("/api/v1/pos/pair")
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + pairing.code() + "\"}"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("déjà utilisé")));
        mvc.perform(get("/api/v1/pos/catalogue").header("Authorization", "Device tdd_nope"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/pos/catalogue")).andExpect(status().isUnauthorized());
    }

    @Test
    void theCatalogueHoldsTheExhibitorsGoodsWithPriceAndStock() throws Exception {
        JsonNode catalogue = read(mvc.perform(get("/api/v1/pos/catalogue").header("Authorization", "Device " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(catalogue.get("device").get("mode").asString()).isEqualTo("STALL");
        JsonNode item = find(catalogue.get("items"), oil);
        assertThat(item.get("price").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(item.get("stock").decimalValue()).isEqualByComparingTo("10");
        for (JsonNode any : catalogue.get("items")) {
            assertThat(any.get("actorId").asString()).isEqualTo(TIFAWIN.toString());
        }
    }

    @Test
    void aBatchSentAgainCountsOnceAndASaleBeyondStockIsKeptWithItsShortfall() throws Exception {
        Instant now = Instant.now();
        List<String> sales = List.of(
                sale(UUID.randomUUID(), 1, now, oil, "4", "80.00"),
                sale(UUID.randomUUID(), 2, now.plusSeconds(60), oil, "4", "80.00"),
                sale(UUID.randomUUID(), 3, now.plusSeconds(120), oil, "5", "75.00"));
        JsonNode first = sync(sales);
        assertThat(first.get("lastSeq").asLong()).isEqualTo(3);
        assertThat(first.get("results").findValuesAsString("status"))
                .containsExactly("RECORDED", "RECORDED", "RECORDED");
        assertThat(first.get("results").get(2).get("shortfall").decimalValue()).isEqualByComparingTo("3");
        assertThat(first.get("results").get(2).get("total").decimalValue()).isEqualByComparingTo("375.00");

        // The connection dropped before the answer: the device sends it all again, in another order.
        JsonNode again = sync(List.of(sales.get(2), sales.get(0), sales.get(1)));
        assertThat(again.get("results").findValuesAsString("status")).containsOnly("DUPLICATE");
        assertThat(again.get("results").get(0).get("receiptNo").asLong())
                .isEqualTo(first.get("results").get(2).get("receiptNo").asLong());

        assertThat(count("select count(*) from sales_sale where location_id = ?"))
                .isEqualTo(3);
        assertThat(sum("select sum(total) from sales_sale where location_id = ?"))
                .isEqualByComparingTo("1015.00");
        assertThat(stock.level(stall, oil)).isEqualByComparingTo("0");
        assertThat(sum("select sum(quantity) from sales_stock_discrepancy where location_id = ?"))
                .isEqualByComparingTo("3");
        // Stock received, less what was sold, plus the recorded shortfall, is what is left: 10 - 13 + 3 = 0.
        assertThat(sum("select -sum(quantity) from sales_sale_line where location_id = ?"))
                .isEqualByComparingTo("-13");
    }

    @Test
    void aSaleOfAClosedDayIsRecordedAndFlaggedLate() throws Exception {
        Instant yesterday = LocalDate.now(ZoneId.of("Africa/Casablanca"))
                .minusDays(1)
                .atTime(18, 0)
                .atZone(ZoneId.of("Africa/Casablanca"))
                .toInstant();
        mvc.perform(post("/api/v1/pos/close-day")
                        .header("Authorization", "Device " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"" + LocalDate.ofInstant(yesterday, ZoneId.of("Africa/Casablanca")) + "\","
                                + "\"cashCounted\":640}"))
                .andExpect(status().isOk());
        UUID late = UUID.randomUUID();
        JsonNode answer = sync(List.of(sale(late, 1, yesterday, oil, "1", "80.00")));
        assertThat(answer.get("results").get(0).get("status").asString()).isEqualTo("RECORDED");
        String[] flags = jdbc.sql("select flags from sales_sale where client_id = ?")
                .param(late)
                .query((rs, n) -> (String[]) rs.getArray(1).getArray())
                .single();
        assertThat(flags).containsExactly(StallDevices.LATE);
    }

    @Test
    void anotherCooperativesProductIsRejectedInTheSellersLanguageAndTheRestRecorded() throws Exception {
        UUID foreign = CatalogFixtures.variantOf(products, DATES, "Dattes foire", "30.00");
        String json = "{\"sales\":[" + sale(UUID.randomUUID(), 1, Instant.now(), foreign, "1", "30.00") + ","
                + sale(UUID.randomUUID(), 2, Instant.now(), oil, "1", "80.00") + "]}";
        JsonNode answer = read(mvc.perform(post("/api/v1/pos/sync")
                        .header("Authorization", "Device " + token)
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(answer.get("results").get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(answer.get("results").get(0).get("message").asString()).contains("exposant");
        assertThat(answer.get("results").get(1).get("status").asString()).isEqualTo("RECORDED");
    }

    @Test
    void aMalformedSaleIsRejectedAloneAndNeverJamsTheQueue() throws Exception {
        String broken = "{\"clientId\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"quantity\":1}]}";
        JsonNode answer = sync(List.of(broken, sale(UUID.randomUUID(), 1, Instant.now(), oil, "1", "80.00")));
        assertThat(answer.get("results").findValuesAsString("status")).containsExactly("REJECTED", "RECORDED");
        assertThat(answer.get("lastSeq").asLong()).isEqualTo(1);
    }

    @Test
    void twoTabsDrainingTheSameQueueAtOnceRecordEachSaleOnce() throws Exception {
        List<String> sales = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 1; i <= 20; i++) {
            sales.add(sale(UUID.randomUUID(), i, now.plusSeconds(i), oil, "1", "80.00"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<JsonNode>> tabs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tabs.add(() -> sync(sales));
            }
            int recorded = 0;
            for (Future<JsonNode> answer : pool.invokeAll(tabs)) {
                recorded += (int) answer.get().get("results").findValuesAsString("status").stream()
                        .filter("RECORDED"::equals)
                        .count();
            }
            assertThat(recorded).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        assertThat(count("select count(*) from sales_sale where location_id = ?"))
                .isEqualTo(20);
        assertThat(stock.level(stall, oil)).isEqualByComparingTo("0");
        assertThat(sum("select sum(quantity) from sales_stock_discrepancy where location_id = ?"))
                .isEqualByComparingTo("10");
    }

    @Test
    void theStoreCornerSellsSeveralCooperativesInOneBasketSettledPerCooperative() throws Exception {
        UUID corner = CatalogFixtures.store(locations, DemoPartyIds.STORE_SOUSS_MASSA, "0.1000");
        editions.setCorner(edition, corner);
        UUID dates = CatalogFixtures.variantOf(products, DATES, "Dattes coin", "45.00");
        CatalogFixtures.consign(locations, stock, TIFAWIN, oil, corner, 5);
        CatalogFixtures.consign(locations, stock, DATES, dates, corner, 5);
        token = pair(devices.startPairing(edition, corner, "Caisse du coin").code());

        JsonNode catalogue = read(mvc.perform(get("/api/v1/pos/catalogue").header("Authorization", "Device " + token))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(catalogue.get("device").get("mode").asString()).isEqualTo("STORE");
        find(catalogue.get("items"), oil);
        find(catalogue.get("items"), dates);

        String basket = """
                {"clientId":"%s","seq":1,"occurredAt":"%s","payment":"CASH","cashGiven":300,\
                "lines":[{"variantId":"%s","quantity":2,"unitPrice":80.00},{"variantId":"%s","quantity":3,"unitPrice":45.00}]}""".formatted(UUID.randomUUID(), Instant.now(), oil, dates);
        JsonNode answer = sync(List.of(basket));
        assertThat(answer.get("results").get(0).get("total").decimalValue()).isEqualByComparingTo("295.00");

        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        assertThat(settlements.preview(corner, TIFAWIN, today, today).figures().gross())
                .isEqualByComparingTo("160.00");
        assertThat(settlements.preview(corner, DATES, today, today).figures().gross())
                .isEqualByComparingTo("135.00");
        assertThat(settlements.preview(corner, DATES, today, today).figures().commission())
                .isEqualByComparingTo("13.50");
    }

    private String pair(String code) throws Exception {
        return read(mvc.perform(post("/api/v1/pos/pair")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"code\":\"" + code + "\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("token")
                .asString();
    }

    private JsonNode sync(List<String> sales) throws Exception {
        return read(mvc.perform(post("/api/v1/pos/sync")
                        .header("Authorization", "Device " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sales\":[" + String.join(",", sales) + "]}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static String sale(UUID clientId, long seq, Instant at, UUID variant, String quantity, String price) {
        return """
                {"clientId":"%s","seq":%d,"occurredAt":"%s","payment":"CASH",\
                "lines":[{"variantId":"%s","quantity":%s,"unitPrice":%s}]}""".formatted(clientId, seq, at, variant, quantity, price);
    }

    private JsonNode read(String body) {
        return json.readTree(body);
    }

    private static JsonNode find(JsonNode items, UUID variant) {
        for (JsonNode item : items) {
            if (item.get("variantId").asString().equals(variant.toString())) {
                return item;
            }
        }
        throw new AssertionError("No item " + variant);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(stall).query(Long.class).single();
    }

    private BigDecimal sum(String sql) {
        return jdbc.sql(sql).param(stall).query(BigDecimal.class).single();
    }
}
