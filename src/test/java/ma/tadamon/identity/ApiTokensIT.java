package ma.tadamon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.catalog.Products;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.sales.DemoSalesIds;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ApiTokensIT {

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

    @Test
    void aCashiersTokenRecordsSalesWithoutSessionOrCsrfUntilItIsRevoked() throws Exception {
        Cookie session = SignIn.as(mvc, "cashier@tadamon.ma", SignIn.DEMO_PASSWORD);
        String page = mvc.perform(
                        post("/account/tokens").cookie(session).with(csrf()).param("name", "Caisse test"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher found = Pattern.compile("(tdm_[A-Za-z0-9_-]{43})").matcher(page);
        assertThat(found.find()).as("the token is shown once on the page").isTrue();
        String token = found.group(1);
        assertThat(jdbc.sql("select count(*) from identity_api_token where token_hash like ?")
                        .param("%" + token.substring(4, 12) + "%")
                        .query(Long.class)
                        .single())
                .as("only a hash is stored")
                .isZero();

        UUID oil = CatalogFixtures.variantOf(products, DemoPartyIds.COOP_TIFAWIN, "Huile jeton", "30.00");
        CatalogFixtures.consign(
                locations, stock, DemoPartyIds.COOP_TIFAWIN, oil, DemoSalesIds.SOLIDARITY_STORE_AGADIR, 5);
        String sale = """
                {"clientId":"%s","locationId":"%s","payment":"CASH","lines":[{"variantId":"%s","quantity":2}]}""".formatted(UUID.randomUUID(), DemoSalesIds.SOLIDARITY_STORE_AGADIR, oil);

        MvcResult recorded = mvc.perform(post("/api/v1/sales")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sale))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(60.0))
                .andReturn();
        assertThat(recorded.getResponse().getCookie("SESSION"))
                .as("no session made")
                .isNull();
        assertThat(recorded.getRequest().getSession(false)).isNull();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identifier").value("cashier@tadamon.ma"));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer tdm_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));

        UUID id = jdbc.sql("select t.id from identity_api_token t join identity_account a on a.id = t.account_id"
                        + " where a.email = 'cashier@tadamon.ma' and t.name = 'Caisse test' and t.revoked_at is null")
                .query(UUID.class)
                .single();
        mvc.perform(post("/account/tokens/" + id + "/revoke").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/sales")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sale.replaceFirst(
                                "[0-9a-f-]{36}", UUID.randomUUID().toString())))
                .andExpect(status().isUnauthorized());
        assertThat(stock.level(DemoSalesIds.SOLIDARITY_STORE_AGADIR, oil)).isEqualByComparingTo("3");
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        Cookie session = SignIn.as(mvc, "cashier@tadamon.ma", SignIn.DEMO_PASSWORD);
        String page = mvc.perform(
                        post("/account/tokens").cookie(session).with(csrf()).param("name", "  "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("token-name-error").doesNotContain("tdm_");
    }
}
