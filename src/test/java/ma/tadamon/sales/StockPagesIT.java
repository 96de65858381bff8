package ma.tadamon.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A cooperative's stock pages: consignments to the store, returns, production, adjustments, and who may. */
@IntegrationTest
class StockPagesIT {

    static final UUID STORE = DemoSalesIds.SOLIDARITY_STORE_AGADIR;
    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID DATES = DemoPartyIds.of("coop-tmour-taghjijt");

    @Autowired
    MockMvc mvc;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    UUID jars;
    UUID otherCoops;
    UUID home;
    Cookie manager;

    @BeforeEach
    void tifawinHasThirtyJarsAtHome() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        jars = CatalogFixtures.variantOf(products, TIFAWIN, "Amlou stock " + tag, "60.00");
        otherCoops = CatalogFixtures.variantOf(products, DATES, "Dattes stock " + tag, "40.00");
        home = locations.ofActor(TIFAWIN).id();
        stock.receive(home, jars, new BigDecimal("30"), "production");
        stock.receive(locations.ofActor(DATES).id(), otherCoops, new BigDecimal("10"), "production");
        manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
    }

    MockHttpServletResponse as(Cookie who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(who).with(csrf()).header("Accept-Language", "fr"))
                .andReturn()
                .getResponse();
    }

    MockHttpServletRequestBuilder transfer(UUID actor, String kind) {
        return post("/manage/" + actor + "/stock/transfer").param("kind", kind).param("storeId", STORE.toString());
    }

    @Test
    void theManagerConsignsJarsToTheStoreAndTakesSomeBack() throws Exception {
        String page = as(manager, get("/manage/" + TIFAWIN + "/stock")).getContentAsString();
        assertThat(page).contains("Amlou stock").contains("Boutique solidaire de Souss-Massa");

        MockHttpServletResponse sent =
                as(manager, transfer(TIFAWIN, "CONSIGNMENT").param("q_" + jars, "20"));
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(stock.level(STORE, jars)).isEqualByComparingTo("20");
        assertThat(stock.level(home, jars)).isEqualByComparingTo("10");

        MockHttpServletResponse back =
                as(manager, transfer(TIFAWIN, "RETURN_TO_OWNER").param("q_" + jars, "5"));
        assertThat(back.getStatus()).isEqualTo(302);
        assertThat(stock.level(STORE, jars)).isEqualByComparingTo("15");
        assertThat(stock.level(home, jars)).isEqualByComparingTo("15");

        String journal = as(
                        manager,
                        get("/manage/" + TIFAWIN + "/stock/journal")
                                .param("location", STORE.toString())
                                .param("variant", jars.toString()))
                .getContentAsString();
        assertThat(journal.indexOf("Sortie par transfert"))
                .as("newest first")
                .isLessThan(journal.indexOf("Entrée par transfert"))
                .isPositive();
    }

    @Test
    void sendingMoreThanLiesAtHomeIsRefusedNextToTheLinesAndNothingIsLost() throws Exception {
        MockHttpServletResponse refused = as(
                manager,
                transfer(TIFAWIN, "CONSIGNMENT").param("q_" + jars, "50").param("note", "Salon"));

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("id=\"consign-error\"")
                .contains("Stock insuffisant de Amlou stock")
                .containsPattern("name=\"q_" + jars + "\"[^>]*value=\"50\"")
                .contains("value=\"Salon\"");
        assertThat(stock.level(home, jars)).isEqualByComparingTo("30");
        assertThat(stock.level(STORE, jars)).isEqualByComparingTo("0");
    }

    @Test
    void productionAndAnAdjustmentWithAReason() throws Exception {
        assertThat(as(
                                manager,
                                post("/manage/" + TIFAWIN + "/stock/receipt")
                                        .param("variantId", jars.toString())
                                        .param("quantity", "12"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(stock.level(home, jars)).isEqualByComparingTo("42");

        MockHttpServletResponse noReason = as(
                manager,
                post("/manage/" + TIFAWIN + "/stock/adjustment")
                        .param("variantId", jars.toString())
                        .param("quantity", "-3"));
        assertThat(noReason.getContentAsString()).contains("Indiquez la raison");
        assertThat(stock.level(home, jars)).isEqualByComparingTo("42");

        assertThat(as(
                                manager,
                                post("/manage/" + TIFAWIN + "/stock/adjustment")
                                        .param("variantId", jars.toString())
                                        .param("quantity", "-3")
                                        .param("reason", "trois pots cassés"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(stock.level(home, jars)).isEqualByComparingTo("39");
    }

    @Test
    void tifawinsManagerCannotSeeOrMoveAnotherCooperativesStock() throws Exception {
        assertThat(as(manager, get("/manage/" + DATES + "/stock")).getStatus()).isEqualTo(403);
        assertThat(as(manager, transfer(DATES, "CONSIGNMENT").param("q_" + otherCoops, "1"))
                        .getStatus())
                .isEqualTo(403);
        // nor through its own page, naming the other's goods
        MockHttpServletResponse smuggled =
                as(manager, transfer(TIFAWIN, "CONSIGNMENT").param("q_" + otherCoops, "1"));
        assertThat(smuggled.getStatus()).isEqualTo(200);
        assertThat(smuggled.getContentAsString()).contains("id=\"consign-error\"");
        assertThat(stock.level(STORE, otherCoops)).isEqualByComparingTo("0");

        Cookie datesManager = SignIn.as(mvc, "manager2@tadamon.ma", SignIn.DEMO_PASSWORD);
        assertThat(as(datesManager, get("/manage/" + DATES + "/stock")).getContentAsString())
                .contains("Dattes stock");
    }

    @Test
    void aCashierCannotAdjustACooperativesStock() throws Exception {
        Cookie cashier = SignIn.as(mvc, "cashier@tadamon.ma", SignIn.DEMO_PASSWORD);
        assertThat(as(cashier, get("/manage/" + TIFAWIN + "/stock")).getStatus())
                .isEqualTo(403);
        assertThat(as(
                                cashier,
                                post("/manage/" + TIFAWIN + "/stock/adjustment")
                                        .param("variantId", jars.toString())
                                        .param("quantity", "-30")
                                        .param("reason", "vol"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(stock.level(home, jars)).isEqualByComparingTo("30");
    }

    @Test
    void theStoreManagerCorrectsTheStoresStockWithAReasonAndACashierCannot() throws Exception {
        CatalogFixtures.consign(locations, stock, TIFAWIN, jars, STORE, 6);
        Cookie storeManager = SignIn.as(mvc, "store@tadamon.ma", SignIn.DEMO_PASSWORD);
        Cookie cashier = SignIn.as(mvc, "cashier@tadamon.ma", SignIn.DEMO_PASSWORD);
        java.util.function.Supplier<MockHttpServletRequestBuilder> broken = () -> post("/store/" + STORE + "/adjust")
                .param("variantId", jars.toString())
                .param("delta", "−2")
                .param("reason", "Deux pots cassés");

        assertThat(as(cashier, broken.get()).getStatus()).isEqualTo(403);
        assertThat(stock.level(STORE, jars)).isEqualByComparingTo("6");

        MockHttpServletResponse noReason = as(
                storeManager,
                post("/store/" + STORE + "/adjust")
                        .param("variantId", jars.toString())
                        .param("delta", "-2")
                        .param("reason", " "));
        assertThat(noReason.getContentAsString()).contains("Indiquez la raison");
        assertThat(stock.level(STORE, jars)).isEqualByComparingTo("6");

        MockHttpServletResponse tooMany = as(
                storeManager,
                post("/store/" + STORE + "/adjust")
                        .param("variantId", jars.toString())
                        .param("delta", "-7")
                        .param("reason", "inventaire"));
        assertThat(tooMany.getContentAsString()).contains("Stock insuffisant");

        assertThat(as(storeManager, broken.get()).getRedirectedUrl()).contains("adjusted");
        assertThat(stock.level(STORE, jars)).isEqualByComparingTo("4");
        assertThat(stock.entries(STORE, jars, 1).get(0).reason()).isEqualTo("Deux pots cassés");
    }
}
