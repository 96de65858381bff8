package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.NewSale;
import ma.tadamon.sales.Payment;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.FairFixtures;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The organiser's and the exhibitor's device pages, through HTTP: who may register, revoke and review what. */
@IntegrationTest
class StallDevicesPagesIT {

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

    @Test
    void anExhibitorsManagerRegistersAPhoneForItsOwnStallOnly() throws Exception {
        UUID edition = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        UUID stall = exhibitors.admit(edition, TIFAWIN, null).locationId();
        Cookie manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);

        String page = mvc.perform(
                        get("/manage/{id}/stalls", TIFAWIN).cookie(manager).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(editions.get(edition).name().fr());

        MvcResult paired = mvc.perform(post("/manage/{id}/stalls/{e}/devices", TIFAWIN, edition)
                        .cookie(manager)
                        .with(csrf())
                        .param("name", "Téléphone de Aicha"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String code = (String) paired.getFlashMap().get("pairingCode");
        assertThat(code).hasSize(8);
        assertThat((String) paired.getFlashMap().get("pairingQr")).startsWith("data:image/png;base64,");
        assertThat((String) paired.getFlashMap().get("pairingUrl")).contains("/pos/app?pair=" + code);
        assertThat(devices.atLocation(stall))
                .extracting(StallDevices.Device::name)
                .contains("Téléphone de Aicha");

        // A name too long is told with its limit, in the page's language (a new session: the earlier
        // answer's flash, never read, would otherwise be the one shown).
        manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
        MvcResult tooLong = mvc.perform(post("/manage/{id}/stalls/{e}/devices", TIFAWIN, edition)
                        .cookie(manager)
                        .with(csrf())
                        .param("name", "x".repeat(61)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(mvc.perform(get("/manage/{id}/stalls", TIFAWIN)
                                .cookie(manager)
                                .param("lang", "fr")
                                .flashAttrs(tooLong.getFlashMap()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("60 caractères au plus.");

        // Not another cooperative's stall, nor its page.
        mvc.perform(get("/manage/{id}/stalls", DATES).cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/manage/{id}/stalls/{e}/devices", DATES, edition)
                        .cookie(manager)
                        .with(csrf())
                        .param("name", "intrus"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOrganiserSeesEveryStallRevokesADeviceAndExplainsADiscrepancy() throws Exception {
        UUID edition = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        UUID stall = exhibitors.admit(edition, TIFAWIN, null).locationId();
        UUID oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile page", "90.00");
        FairFixtures.stockAtStall(locations, stock, TIFAWIN, oil, stall, 1);
        StallDevices.Paired paired =
                devices.pair(devices.startPairing(edition, stall, "Tablette").code());
        devices.sync(
                paired.device(),
                List.of(new NewSale(
                        UUID.randomUUID(),
                        stall,
                        Payment.CASH,
                        Instant.now(),
                        List.of(new NewSale.Line(oil, new BigDecimal("3"), new BigDecimal("90.00"))),
                        paired.device().id(),
                        1L,
                        null)));
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);

        String page = mvc.perform(get("/organise/fairs/{id}/devices", edition)
                        .cookie(organiser)
                        .param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Tablette").contains("Huile page").contains("id=\"discrepancy-table\"");
        long discrepancy = jdbc.sql("select id from sales_stock_discrepancy where location_id = ?")
                .param(stall)
                .query(Long.class)
                .single();

        mvc.perform(post("/organise/fairs/{id}/discrepancies/{d}", edition, discrepancy)
                        .cookie(organiser)
                        .with(csrf())
                        .param("resolution", "  "))
                .andExpect(status().is3xxRedirection());
        assertThat(resolvedAt(discrepancy)).isNull();
        mvc.perform(post("/organise/fairs/{id}/discrepancies/{d}", edition, discrepancy)
                        .cookie(organiser)
                        .with(csrf())
                        .param("resolution", "Deux pots apportés de la coopérative le matin, non saisis"))
                .andExpect(status().is3xxRedirection());
        assertThat(resolvedAt(discrepancy)).isNotNull();
        assertThat(jdbc.sql("""
                        select count(*) from platform_audit_log
                        where entity_type = 'stock-discrepancy' and entity_id = ? and account_label <> 'system'""")
                        .param(Long.toString(discrepancy))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(post(
                                "/organise/fairs/{id}/devices/{d}/revoke",
                                edition,
                                paired.device().id())
                        .cookie(organiser)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(devices.authenticate(paired.token())).isEmpty();
    }

    @Test
    void aSaleAWrongClockDatedOutsideTheFairStillShowsOnTheExhibitorsStatement() throws Exception {
        UUID edition = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        UUID stall = exhibitors.admit(edition, TIFAWIN, null).locationId();
        UUID honey = CatalogFixtures.variantOf(products, TIFAWIN, "Miel horloge", "123.45");
        FairFixtures.stockAtStall(locations, stock, TIFAWIN, honey, stall, 5);
        StallDevices.Paired paired = devices.pair(
                devices.startPairing(edition, stall, "Horloge fausse").code());
        devices.sync(
                paired.device(),
                List.of(new NewSale(
                        UUID.randomUUID(),
                        stall,
                        Payment.CASH,
                        Instant.now().plus(java.time.Duration.ofDays(60)),
                        List.of(new NewSale.Line(honey, new BigDecimal("2"), new BigDecimal("123.45"))),
                        paired.device().id(),
                        1L,
                        null)));
        String statement = mvc.perform(get("/manage/{a}/fairs/{e}/statement", TIFAWIN, edition)
                        .cookie(SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(statement).contains("246.90").contains("Miel horloge");
    }

    @Test
    void anOrganiserOfSoussMassaCannotRunAnotherRegionsDevices() throws Exception {
        UUID taounate = FairFixtures.edition(editions, territories, "03", EditionStatus.RUNNING);
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);
        mvc.perform(get("/organise/fairs/{id}/devices", taounate).cookie(organiser))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organise/fairs/{id}/devices", taounate).cookie(SignIn.admin(mvc)))
                .andExpect(status().isOk());
    }

    private Object resolvedAt(long discrepancy) {
        return jdbc.sql("select resolved_at from sales_stock_discrepancy where id = ?")
                .param(discrepancy)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
                .single()
                .orElse(null);
    }
}
