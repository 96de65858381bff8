package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Review findings: what an organiser of one edition must not reach in another edition through its own URLs. */
@IntegrationTest
class FairsReviewIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;

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
    Programme programme;

    @Autowired
    Registrations registrations;

    @Test
    void anOrganiserCannotResolveADiscrepancyOfAnotherRegionsEditionThroughItsOwn() throws Exception {
        UUID own = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        UUID taounate = FairFixtures.edition(editions, territories, "03", EditionStatus.RUNNING);
        UUID stall = exhibitors.admit(taounate, TIFAWIN, null).locationId();
        UUID oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile revue", "90.00");
        StallDevices.Paired paired =
                devices.pair(devices.startPairing(taounate, stall, "Tablette").code());
        devices.sync(
                paired.device(),
                List.of(new NewSale(
                        UUID.randomUUID(),
                        stall,
                        Payment.CASH,
                        Instant.now(),
                        List.of(new NewSale.Line(oil, new BigDecimal("2"), new BigDecimal("90.00"))),
                        paired.device().id(),
                        1L,
                        null)));
        long discrepancy = jdbc.sql("select id from sales_stock_discrepancy where location_id = ?")
                .param(stall)
                .query(Long.class)
                .single();
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);

        mvc.perform(post("/organise/fairs/{id}/discrepancies/{d}", own, discrepancy)
                .cookie(organiser)
                .with(csrf())
                .param("resolution", "classé par un autre organisateur"));

        assertThat(jdbc.sql("select resolved_at is null from sales_stock_discrepancy where id = ?")
                        .param(discrepancy)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anOrganiserCannotPairADeviceAtAStallOfAnotherEdition() throws Exception {
        UUID own = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        UUID taounate = FairFixtures.edition(editions, territories, "03", EditionStatus.RUNNING);
        UUID stall = exhibitors.admit(taounate, TIFAWIN, null).locationId();
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);

        mvc.perform(post("/organise/fairs/{id}/devices", own)
                .cookie(organiser)
                .with(csrf())
                .param("locationId", stall.toString())
                .param("name", "Intrus"));

        assertThat(devices.atLocation(stall)).isEmpty();
    }

    @Test
    void aSaleTheLedgerWouldRefuseIsRejectedAloneAndTheRestOfTheBatchIsRecorded() throws Exception {
        UUID edition = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        UUID stall = exhibitors.admit(edition, TIFAWIN, null).locationId();
        UUID oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile lot", "80.00");
        FairFixtures.stockAtStall(locations, stock, TIFAWIN, oil, stall, 10);
        String code = devices.startPairing(edition, stall, "Téléphone lot").code();
        String token = json.readTree(mvc.perform(post("/api/v1/pos/pair")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"code\":\"" + code + "\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("token")
                .asString();
        Instant now = Instant.now();
        String good = sale(UUID.randomUUID(), 1, now, oil, "1", "80.00", null);
        // Cash given below the total (a typo at the stall): the ledger's check refuses it.
        String cashTooLow = sale(UUID.randomUUID(), 2, now, oil, "1", "80.00", "50.00");
        // A price beyond what the ledger's columns hold.
        String hugePrice = sale(UUID.randomUUID(), 3, now, oil, "1", "100000000000.00", null);
        String alsoGood = sale(UUID.randomUUID(), 4, now, oil, "2", "80.00", "200");

        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/pos/sync")
                        .header("Authorization", "Device " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sales\":[" + String.join(",", good, cashTooLow, hugePrice, alsoGood) + "]}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(answer.get("results").findValuesAsString("status"))
                .containsExactly("RECORDED", "REJECTED", "REJECTED", "RECORDED");
    }

    @Test
    void theAttendanceRowNeverShowsARegistrantOfAnotherSession() throws Exception {
        UUID own = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.CALL_OPEN);
        UUID other = FairFixtures.edition(editions, territories, "03", EditionStatus.CALL_OPEN);
        LocalDate later = LocalDate.now(Programme.ZONE).plusDays(3);
        UUID future = programme.create(own, ProgrammeIT.training(later, "10:00", "12:00", 20));
        UUID elsewhere = programme.create(other, ProgrammeIT.training(later, "10:00", "12:00", 20));
        Registration stranger = registrations.register(
                elsewhere, new NewRegistration("Zineb Taounate", "0667123456", "zineb@example.ma", null, null, "fr"));
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);

        String row = mvc.perform(post(
                                "/organise/fairs/{id}/programme/{sid}/registrations/{rid}/attendance",
                                own,
                                future,
                                stranger.id())
                        .cookie(organiser)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("present", stranger.id().toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(row).doesNotContain("Zineb").doesNotContain("0667123456").doesNotContain("zineb@example.ma");
    }

    @Test
    void aDeviceClosesNoDayYetToComeAndSendsNoCashTheLedgerCannotHold() throws Exception {
        UUID edition = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        UUID stall = exhibitors.admit(edition, TIFAWIN, null).locationId();
        String code = devices.startPairing(edition, stall, "Téléphone clôture").code();
        String token = json.readTree(mvc.perform(post("/api/v1/pos/pair")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"code\":\"" + code + "\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("token")
                .asString();
        LocalDate tomorrow = LocalDate.now(Programme.ZONE).plusDays(1);

        // A wrong clock must not close tomorrow: every sale of tomorrow would be flagged LATE.
        mvc.perform(post("/api/v1/pos/close-day")
                        .header("Authorization", "Device " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"" + tomorrow + "\",\"cashCounted\":10}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/pos/close-day")
                        .header("Authorization", "Device " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"" + tomorrow.minusDays(1) + "\",\"cashCounted\":1000000000000000}"))
                .andExpect(status().isUnprocessableEntity());

        assertThat(devices.closedDays(stall)).isEmpty();
    }

    private static String sale(
            UUID clientId, long seq, Instant at, UUID variant, String quantity, String price, String cash) {
        return """
                {"clientId":"%s","seq":%d,"occurredAt":"%s","payment":"CASH",%s\
                "lines":[{"variantId":"%s","quantity":%s,"unitPrice":%s}]}""".formatted(
                        clientId, seq, at, cash == null ? "" : "\"cashGiven\":" + cash + ",", variant, quantity, price);
    }
}
