package ma.tadamon.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.text.Normalizer;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.catalog.Products;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The cashier's point of sale, receipts and the sales API, through the real HTTP layer. */
@IntegrationTest
class StoreIT {

    static final UUID STORE = DemoSalesIds.SOLIDARITY_STORE_AGADIR;
    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID DATES = DemoPartyIds.of("coop-tmour-taghjijt");
    static final String CASHIER = "cashier@tadamon.ma";

    @Autowired
    MockMvc mvc;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    @Autowired
    JdbcClient jdbc;

    UUID oil;
    UUID dates;
    String oilCode;
    String datesCode;
    Cookie cashier;

    @BeforeEach
    void goodsOfTwoCooperativesLieInTheStore() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile caisse " + tag, "120.50");
        dates = CatalogFixtures.variantOf(products, DATES, "Dattes caisse " + tag, "45.00");
        CatalogFixtures.consign(locations, stock, TIFAWIN, oil, STORE, 10);
        CatalogFixtures.consign(locations, stock, DATES, dates, STORE, 2);
        oilCode = products.variant(oil).orElseThrow().barcode();
        datesCode = products.variant(dates).orElseThrow().barcode();
        cashier = SignIn.as(mvc, CASHIER, SignIn.DEMO_PASSWORD);
    }

    MockHttpServletResponse pos(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(cashier).with(csrf()).header("Accept-Language", "fr"))
                .andReturn()
                .getResponse();
    }

    MockHttpServletRequestBuilder basket(String clientId) {
        return post("/store/" + STORE + "/pos").param("clientId", clientId).param("payment", "CASH");
    }

    static String clientIdOf(String html) {
        Matcher m =
                Pattern.compile("name=\"clientId\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(m.find()).as("the basket carries its client id").isTrue();
        return m.group(1);
    }

    long salesWithClientId(String clientId) {
        return jdbc.sql("select count(*) from sales_sale where client_id = ?::uuid")
                .param(clientId)
                .query(Long.class)
                .single();
    }

    @Test
    void scanningBuildsOneBasketAcrossCooperativesAndPayingShowsTheBilingualReceipt() throws Exception {
        MockHttpServletResponse page = pos(get("/store/" + STORE + "/pos"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("id=\"barcode\"").contains("autofocus");
        String clientId = clientIdOf(page.getContentAsString());

        String html = pos(basket(clientId).param("barcode", oilCode)).getContentAsString();
        assertThat(html).contains("value=\"" + oil + "\"").contains(clientId);
        // scanning the same code again adds one more
        html = pos(basket(clientId).param("v", oil.toString()).param("q", "1").param("barcode", oilCode))
                .getContentAsString();
        assertThat(html).containsPattern("id=\"q-" + oil + "\"[^>]*value=\"2\"");
        html = pos(basket(clientId)
                        .param("v", oil.toString())
                        .param("q", "2")
                        .param("barcode", datesCode)
                        .header("HX-Request", "true"))
                .getContentAsString();
        assertThat(html)
                .as("an htmx answer is the basket form alone")
                .startsWith("<form")
                .contains("Coopérative Tifawin")
                .contains("Coopérative des dattes de Taghjijt")
                .containsPattern("286[,.]00");

        MockHttpServletResponse paid = pos(basket(clientId)
                .param("v", oil.toString(), dates.toString())
                .param("q", "2", "1")
                .param("given", "300")
                .param("action", "pay"));
        assertThat(paid.getStatus()).isEqualTo(302);
        String receiptUrl = paid.getRedirectedUrl();
        assertThat(receiptUrl).startsWith("/store/" + STORE + "/receipts/").endsWith("?given=300.00");
        assertThat(stock.level(STORE, oil)).isEqualByComparingTo("8");
        assertThat(stock.level(STORE, dates)).isEqualByComparingTo("1");

        String receipt = pos(get(receiptUrl)).getContentAsString();
        assertThat(receipt)
                .contains("Boutique solidaire de Souss-Massa")
                .contains("المتجر التضامني لسوس ماسة")
                .contains("Total")
                .contains("المجموع")
                .containsPattern("286[,.]00")
                .containsPattern("14[,.]00")
                .contains("data-print");

        UUID saleId = UUID.fromString(receiptUrl.replaceAll(".*/receipts/([0-9a-f-]{36}).*", "$1"));
        // a reprint, later, without the link's parameter: the cash handed over was kept with the sale
        assertThat(pos(get("/store/" + STORE + "/receipts/" + saleId)).getContentAsString())
                .contains("receipt-change")
                .containsPattern("14[,.]00");
        MockHttpServletResponse pdf = pos(get("/store/" + STORE + "/receipts/" + saleId + ".pdf"));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).containsPattern("286[,.]00");
            String word = "المجموع";
            assertThat(text.contains(word)
                            || text.contains(new StringBuilder(word).reverse().toString()))
                    .as("the PDF holds the Arabic word for total: " + text)
                    .isTrue();
        }
    }

    @Test
    void theSameBasketPostedTwiceRecordsOneSale() throws Exception {
        String clientId = UUID.randomUUID().toString();
        MockHttpServletRequestBuilder pay =
                basket(clientId).param("v", oil.toString()).param("q", "3").param("action", "pay");
        MockHttpServletResponse first = pos(pay);
        MockHttpServletResponse again =
                pos(basket(clientId).param("v", oil.toString()).param("q", "3").param("action", "pay"));

        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(again.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
        assertThat(salesWithClientId(clientId)).isEqualTo(1);
        assertThat(stock.level(STORE, oil)).isEqualByComparingTo("7");

        // the htmx double click: the page is sent to the same receipt
        MockHttpServletResponse htmx = pos(basket(clientId)
                .param("v", oil.toString())
                .param("q", "3")
                .param("action", "pay")
                .header("HX-Request", "true"));
        assertThat(htmx.getHeader("HX-Redirect")).isEqualTo(first.getRedirectedUrl());
        assertThat(salesWithClientId(clientId)).isEqualTo(1);
    }

    @Test
    void notEnoughStockIsSaidClearlyAndNothingIsRecorded() throws Exception {
        String clientId = UUID.randomUUID().toString();
        MockHttpServletResponse refused = pos(basket(clientId)
                .param("v", oil.toString(), dates.toString())
                .param("q", "1", "3")
                .param("action", "pay"));

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("id=\"lines-error\"")
                .contains("Stock insuffisant de Dattes caisse")
                .as("the basket is kept as it was")
                .containsPattern("id=\"q-" + dates + "\"[^>]*value=\"3\"");
        assertThat(salesWithClientId(clientId)).isZero();
        assertThat(stock.level(STORE, oil)).isEqualByComparingTo("10");

        // scanning beyond what lies in the store is refused at the barcode field
        String html = pos(basket(clientId)
                        .param("v", dates.toString())
                        .param("q", "2")
                        .param("barcode", datesCode))
                .getContentAsString();
        assertThat(html).contains("id=\"barcode-error\"").contains("Stock insuffisant");
        assertThat(pos(basket(clientId).param("barcode", "2999999999999")).getContentAsString())
                .contains("Aucun produit n’a le code-barres 2999999999999");
    }

    @Test
    void theSearchFindsWhatLiesInTheStoreByProductOrCooperativeAndAddsIt() throws Exception {
        String byProduct = pos(get("/store/" + STORE + "/pos/search").param("search", "huile caisse"))
                .getContentAsString();
        assertThat(byProduct).startsWith("<div id=\"pos-results\"").contains("add:" + oil);
        String byCooperative = pos(get("/store/" + STORE + "/pos/search").param("search", "dattes de Taghjijt"))
                .getContentAsString();
        assertThat(byCooperative).contains("add:" + dates).doesNotContain("add:" + oil);

        String html = pos(basket(UUID.randomUUID().toString()).param("action", "add:" + dates))
                .getContentAsString();
        assertThat(html).containsPattern("id=\"q-" + dates + "\"[^>]*value=\"1\"");
    }

    @Test
    void onlyThoseWhoWorkAtTheStoreOpenItsTill() throws Exception {
        Cookie manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
        assertThat(mvc.perform(get("/store/" + STORE + "/pos").cookie(manager))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(pos(get("/store")).getContentAsString()).contains("/store/" + STORE + "/pos");
        assertThat(pos(get("/store/" + STORE)).getContentAsString())
                .contains("Huile caisse")
                .contains("Coopérative Tifawin");
    }

    @Test
    void aReturnOfALinePutsTheGoodsBack() throws Exception {
        String clientId = UUID.randomUUID().toString();
        String receiptUrl = pos(basket(clientId)
                        .param("v", oil.toString())
                        .param("q", "2")
                        .param("action", "pay"))
                .getRedirectedUrl();
        UUID saleId = UUID.fromString(receiptUrl.replaceAll(".*/receipts/([0-9a-f-]{36}).*", "$1"));
        MockHttpServletResponse back = pos(post("/store/" + STORE + "/receipts/" + saleId + "/return")
                .param("clientId", UUID.randomUUID().toString())
                .param("r_1", "1"));
        assertThat(back.getStatus()).isEqualTo(302);
        assertThat(stock.level(STORE, oil)).isEqualByComparingTo("9");
        assertThat(pos(get(back.getRedirectedUrl())).getContentAsString()).contains("Ticket de retour");
    }

    // The sales API: idempotent on the client id.

    MockHttpServletResponse api(String json) throws Exception {
        return mvc.perform(post("/api/v1/sales")
                        .with(httpBasic(CASHIER, SignIn.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    String sale(String clientId, String barcode, int quantity) {
        return """
                {"clientId":"%s","locationId":"%s","payment":"CARD","lines":[{"barcode":"%s","quantity":%d}]}""".formatted(clientId, STORE, barcode, quantity);
    }

    @Test
    void theApiRecordsASaleOncePerClientId() throws Exception {
        String clientId = UUID.randomUUID().toString();
        MockHttpServletResponse created = api(sale(clientId, oilCode, 2));
        MockHttpServletResponse replayed = api(sale(clientId, oilCode, 2));
        MockHttpServletResponse other = api(sale(clientId, oilCode, 3));
        MockHttpServletResponse tooMany = api(sale(UUID.randomUUID().toString(), datesCode, 5));

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(replayed.getStatus()).isEqualTo(200);
        String id = created.getContentAsString().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(replayed.getContentAsString()).contains("\"id\":\"" + id + "\"");
        assertThat(created.getContentAsString()).containsPattern("\"total\":241\\.0");
        assertThat(other.getStatus()).isEqualTo(409);
        assertThat(tooMany.getStatus()).isEqualTo(422);
        assertThat(salesWithClientId(clientId)).isEqualTo(1);
        assertThat(stock.level(STORE, oil)).isEqualByComparingTo("8");
        assertThat(stock.level(STORE, dates)).isEqualByComparingTo("2");
    }
}
