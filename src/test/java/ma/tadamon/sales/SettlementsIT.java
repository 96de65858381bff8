package ma.tadamon.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.tadamon.catalog.Products;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.NewAccount;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.audit.AuditEntry;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Settlement statements end to end: figures from the ledger to the centime (1 234.55 at 7.5 % →
 * commission 92.59, net 1 141.96), period bounds in Morocco's time, overlap refused even when two
 * managers issue at once, payment recorded once, the bilingual PDF, and who may see what.
 */
@IntegrationTest
class SettlementsIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID DATES = DemoPartyIds.of("coop-tmour-taghjijt");
    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    static final String PASSWORD = "settle-password-1";

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

    @Autowired
    Settlements settlements;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    UUID store;
    UUID oil;
    UUID amlou;
    UUID dates;
    LocalDate from;
    LocalDate to;
    String storeManager;
    String cashier;

    @BeforeEach
    void aStoreWithTwoCooperativesGoods() {
        store = CatalogFixtures.store(locations, DemoPartyIds.STORE_SOUSS_MASSA, "0.0750");
        oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile relevé", "120.50");
        amlou = CatalogFixtures.variantOf(products, TIFAWIN, "Amlou relevé", "29.55");
        dates = CatalogFixtures.variantOf(products, DATES, "Dattes relevé", "45.00");
        CatalogFixtures.consign(locations, stock, TIFAWIN, oil, store, 30);
        CatalogFixtures.consign(locations, stock, TIFAWIN, amlou, store, 10);
        CatalogFixtures.consign(locations, stock, DATES, dates, store, 10);
        YearMonth month = YearMonth.now(MOROCCO).minusMonths(2);
        from = month.atDay(1);
        to = month.atEndOfMonth();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        storeManager = person("store-manager-" + suffix, SalesAccess.STORE_MANAGER);
        cashier = person("cashier-" + suffix, SalesAccess.CASHIER);
    }

    String person(String name, String role) {
        String email = name + "@example.ma";
        accounts.create(
                new NewAccount(name, email, null, "fr", role, DemoPartyIds.STORE_SOUSS_MASSA, null),
                encoder.encode(PASSWORD));
        return email;
    }

    Cookie signIn(String email) throws Exception {
        return SignIn.as(mvc, email, email.endsWith("@tadamon.ma") ? SignIn.DEMO_PASSWORD : PASSWORD);
    }

    Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(MOROCCO).toInstant();
    }

    Sale sell(Instant when, NewSale.Line... lines) {
        return ledger.record(new NewSale(UUID.randomUUID(), store, Payment.CASH, when, List.of(lines), null, null));
    }

    /** 993.55 on the first day at midnight, 241.00 on the last day at 23:59: gross 1 234.55 for Tifawin. */
    void salesOfThePeriod() {
        sell(at(from, 0, 0), new NewSale.Line(oil, new BigDecimal("8")), new NewSale.Line(amlou, BigDecimal.ONE));
        sell(at(to, 23, 59), new NewSale.Line(oil, new BigDecimal("2")), new NewSale.Line(dates, BigDecimal.ONE));
        // Outside the period by a minute on each side, and another cooperative's goods: not Tifawin's statement.
        sell(at(from.minusDays(1), 23, 59), new NewSale.Line(oil, BigDecimal.ONE));
        sell(at(to.plusDays(1), 0, 0), new NewSale.Line(amlou, BigDecimal.ONE));
        sell(at(from.plusDays(3), 11, 0), new NewSale.Line(dates, new BigDecimal("2")));
    }

    UUID issue(Cookie session, UUID actor, LocalDate first, LocalDate last) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/store/{id}/settlements", store)
                        .cookie(session)
                        .with(csrf())
                        .param("actorId", actor.toString())
                        .param("from", first.toString())
                        .param("to", last.toString()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        String location = response.getRedirectedUrl();
        assertThat(location).startsWith("/store/" + store + "/settlements/");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aStoreManagerIssuesAStatementWhoseFiguresAreRightToTheCentime() throws Exception {
        salesOfThePeriod();
        Cookie manager = signIn(storeManager);

        String preview = mvc.perform(get("/store/{id}/settlements", store)
                        .cookie(manager)
                        .param("actorId", TIFAWIN.toString())
                        .param("from", from.toString())
                        .param("to", to.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview)
                .contains("id=\"preview-gross\" data-value=\"1234.55\"")
                .contains("id=\"preview-commission\" data-value=\"92.59\"")
                .contains("id=\"preview-net\" data-value=\"1141.96\"");

        UUID id = issue(manager, TIFAWIN, from, to);
        Settlement s = settlements.find(id).orElseThrow();

        assertThat(s.number()).matches("ST-\\d{4}-\\d{6}");
        assertThat(s.actorId()).isEqualTo(TIFAWIN);
        assertThat(s.gross()).isEqualByComparingTo("1234.55");
        assertThat(s.commissionRate()).isEqualByComparingTo("0.075");
        assertThat(s.commission()).isEqualByComparingTo("92.59");
        assertThat(s.net()).isEqualByComparingTo("1141.96");
        assertThat(s.paid()).isFalse();
        assertThat(settlements.lines(id))
                .extracting(
                        l -> l.variantId(),
                        l -> l.quantity().stripTrailingZeros().toPlainString(),
                        l -> l.amount())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(oil, "10", new BigDecimal("1205.00")),
                        org.assertj.core.groups.Tuple.tuple(amlou, "1", new BigDecimal("29.55")));
        assertThat(settlements.sales(id)).hasSize(2);
        assertThat(audit.forEntity("settlement", id.toString()))
                .extracting(AuditEntry::action)
                .contains("ISSUE");

        // A new rate applies to later statements only; this one keeps its frozen figures.
        locations.changeCommission(store, new BigDecimal("0.2000"));
        assertThat(settlements.find(id).orElseThrow().commission()).isEqualByComparingTo("92.59");
        assertThatThrownBy(() -> jdbc.sql("update sales_settlement set gross = 0 where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("frozen");

        String page = mvc.perform(
                        get("/store/{id}/settlements/{sid}", store, id).cookie(manager))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(s.number()).contains("data-value=\"1141.96\"").contains("004512345000079");
    }

    @Test
    void aSaleRecordedAfterItsPeriodWasSettledGoesIntoTheNextStatementOnce() {
        salesOfThePeriod();
        Settlement first = settlements.issue(store, TIFAWIN, from, to);
        assertThat(first.gross()).isEqualByComparingTo("1234.55");

        // reaches the ledger now, dated inside the settled month (an offline till, a correction)
        Sale late = sell(at(from.plusDays(3), 12, 0), new NewSale.Line(oil, BigDecimal.ONE));

        LocalDate nextFrom = to.plusDays(1);
        LocalDate nextTo = YearMonth.from(nextFrom).atEndOfMonth();
        SettlementPreview next = settlements.preview(store, TIFAWIN, nextFrom, nextTo);
        // the late sale, and the amlou sold at midnight after the first period; not the bottle sold the
        // minute before it began (no statement covered that day, so it was not late for one)
        assertThat(next.sales())
                .extracting(SettlementSale::saleId)
                .contains(late.id())
                .hasSize(2);
        assertThat(next.figures().gross()).isEqualByComparingTo("150.05");
        Settlement second = settlements.issue(store, TIFAWIN, nextFrom, nextTo);
        assertThat(second.gross()).isEqualByComparingTo("150.05");

        // settled once: no later statement takes it again, and the first one did not change
        assertThat(settlements
                        .preview(store, TIFAWIN, nextTo.plusDays(1), LocalDate.now(MOROCCO))
                        .sales())
                .extracting(SettlementSale::saleId)
                .doesNotContain(late.id());
        assertThat(jdbc.sql("select gross from sales_settlement where id = ?")
                        .param(first.id())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("1234.55");
    }

    @Test
    void aPeriodOverlappingAnIssuedStatementIsRefusedAndAnEmptyOrUnfinishedOneToo() throws Exception {
        salesOfThePeriod();
        Cookie manager = signIn(storeManager);
        UUID first = issue(manager, TIFAWIN, from, to);
        String number = settlements.find(first).orElseThrow().number();

        MockHttpServletResponse again = mvc.perform(post("/store/{id}/settlements", store)
                        .cookie(manager)
                        .with(csrf())
                        .param("actorId", TIFAWIN.toString())
                        .param("from", to.toString())
                        .param("to", to.plusDays(5).toString()))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains(number).contains("from-error");
        assertThat(settlements.ofStore(store)).hasSize(1);

        assertThatThrownBy(() -> settlements.issue(store, TIFAWIN, from.minusDays(10), from))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("settlement.overlap");
        assertThatThrownBy(() -> settlements.issue(store, TIFAWIN, from.minusMonths(6), from.minusMonths(5)))
                .hasMessage("settlement.empty");
        LocalDate today = LocalDate.now(MOROCCO);
        assertThatThrownBy(() -> settlements.issue(store, TIFAWIN, to.plusDays(1), today))
                .hasMessage("settlement.periodNotOver");
        // The next period and the other cooperative's statement for the same period are fine.
        assertThat(settlements.issue(store, DATES, from, to).gross()).isEqualByComparingTo("135.00");
        assertThat(settlements.ofActor(DATES)).extracting(Settlement::storeId).contains(store);
    }

    @Test
    void twoManagersIssuingTheSamePeriodAtOnceGetOneStatement() throws Exception {
        salesOfThePeriod();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Boolean> attempt = () -> {
                try {
                    settlements.issue(store, TIFAWIN, from, to);
                    return true;
                } catch (InvalidRequestException refused) {
                    return false;
                }
            };
            tries.add(pool.submit(attempt));
        }
        int issued = 0;
        for (Future<Boolean> t : tries) {
            issued += t.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(issued).isEqualTo(1);
        assertThat(settlements.ofStore(store)).hasSize(1);
    }

    @Test
    void aPaymentIsRecordedOnceWithItsDateAndReference() throws Exception {
        salesOfThePeriod();
        Cookie manager = signIn(storeManager);
        UUID id = issue(manager, TIFAWIN, from, to);
        LocalDate paidOn = LocalDate.now(MOROCCO);

        MockHttpServletResponse paid = mvc.perform(post("/store/{id}/settlements/{sid}/paid", store, id)
                        .cookie(manager)
                        .with(csrf())
                        .param("paidOn", paidOn.toString())
                        .param("paymentReference", "VIR-2026-0042"))
                .andReturn()
                .getResponse();
        assertThat(paid.getStatus()).isEqualTo(302);
        MockHttpServletResponse twice = mvc.perform(post("/store/{id}/settlements/{sid}/paid", store, id)
                        .cookie(manager)
                        .with(csrf())
                        .param("paidOn", paidOn.toString())
                        .param("paymentReference", "OTHER"))
                .andReturn()
                .getResponse();

        assertThat(twice.getStatus()).isEqualTo(200);
        assertThat(twice.getContentAsString()).contains("id=\"paid-error\"");
        Settlement s = settlements.find(id).orElseThrow();
        assertThat(s.paidOn()).isEqualTo(paidOn);
        assertThat(s.paymentReference()).isEqualTo("VIR-2026-0042");
        assertThat(audit.forEntity("settlement", id.toString()))
                .extracting(AuditEntry::action)
                .contains("ISSUE", "PAID");
        assertThatThrownBy(() -> settlements.markPaid(id, paidOn, "X")).hasMessage("settlement.alreadyPaid");
    }

    @Test
    void theBilingualPdfShowsTheNetAmountInArabicAndFrench() throws Exception {
        salesOfThePeriod();
        jdbc.sql("update registry_actor set rib = coalesce(rib, '011780000012345678901234') where party_id = ?")
                .param(TIFAWIN)
                .update();
        Cookie manager = signIn(storeManager);
        UUID id = issue(manager, TIFAWIN, from, to);
        String rib = jdbc.sql("select rib from registry_actor where party_id = ?")
                .param(TIFAWIN)
                .query(String.class)
                .single();

        MockHttpServletResponse response = mvc.perform(get("/store/{id}/settlements/{sid}.pdf", store, id)
                        .cookie(manager)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        // Kept for a look by eye after the build.
        java.nio.file.Files.write(
                java.nio.file.Path.of("target/settlement-sample.pdf"), response.getContentAsByteArray());
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf);
        }
        // Spaces, narrow no-break spaces or dots group the thousands: compare without them (French decimals: comma).
        String compact = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0\\u202f.]", "");
        assertThat(compact).contains("1141,96").contains("92,59").contains("1234,55");
        assertThat(compact).contains("Netàpayer").contains("004512345000079").contains(rib);
        String arabicWord = "الصافي";
        assertThat(compact.contains(arabicWord) || compact.contains(new StringBuilder(arabicWord).reverse()))
                .as("an Arabic label in the PDF text: %s", text)
                .isTrue();
    }

    @Test
    void aCashierCannotSettleAndACooperativeSeesOnlyItsOwnStatements() throws Exception {
        salesOfThePeriod();
        UUID tifawinStatement = settlements.issue(store, TIFAWIN, from, to).id();
        UUID datesStatement = settlements.issue(store, DATES, from, to).id();

        Cookie till = signIn(cashier);
        assertThat(mvc.perform(post("/store/{id}/settlements", store)
                                .cookie(till)
                                .with(csrf())
                                .param("actorId", TIFAWIN.toString())
                                .param("from", to.plusDays(1).toString())
                                .param("to", to.plusDays(2).toString()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(status(till, "/store/" + store + "/settlements")).isEqualTo(403);
        assertThat(status(till, "/store/" + store + "/settlements/" + tifawinStatement))
                .isEqualTo(403);

        Cookie coop = signIn("manager@tadamon.ma");
        String mine = mvc.perform(get("/manage/{id}/statements", TIFAWIN).cookie(coop))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mine)
                .contains(settlements.find(tifawinStatement).orElseThrow().number())
                .doesNotContain(settlements.find(datesStatement).orElseThrow().number());
        assertThat(status(coop, "/store/" + store + "/settlements/" + tifawinStatement))
                .isEqualTo(200);
        assertThat(status(coop, "/store/" + store + "/settlements/" + tifawinStatement + ".pdf"))
                .isEqualTo(200);
        assertThat(status(coop, "/store/" + store + "/settlements/" + datesStatement))
                .isEqualTo(403);
        assertThat(status(coop, "/store/" + store + "/settlements/" + datesStatement + ".pdf"))
                .isEqualTo(403);
        assertThat(status(coop, "/manage/" + DATES + "/statements")).isEqualTo(403);
        assertThat(status(coop, "/store/" + store + "/settlements")).isEqualTo(403);
        assertThat(status(coop, "/api/v1/stores/" + store + "/settlements")).isEqualTo(403);

        String api = mvc.perform(get("/api/v1/stores/{id}/settlements", store)
                        .cookie(signIn(storeManager))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api)
                .contains(tifawinStatement.toString())
                .contains(datesStatement.toString())
                .contains("\"net\":1141.96");
    }

    int status(Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
    }
}
