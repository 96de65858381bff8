package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.catalog.Products;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.NewSale;
import ma.tadamon.sales.OfflineSales;
import ma.tadamon.sales.Payment;
import ma.tadamon.sales.Sale;
import ma.tadamon.sales.SalesLedger;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Live operations of an edition through HTTP, on an edition made for the test (two stalls in the
 * Souss-Massa region, sales yesterday and today, a return, a late-flagged sale with a stock
 * discrepancy): the dashboard's figures are the ledger's sums, footfall is entered and corrected,
 * the closing report's CSV says what its page says, its PDF reads back in Arabic, earlier editions
 * are compared, a manager sees its own statement only, and a region's organiser sees its region only.
 */
@IntegrationTest
class FairsLiveIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID DATES = DemoPartyIds.of("coop-tmour-taghjijt");
    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @Autowired
    MockMvc mvc;

    @Autowired
    Editions editions;

    @Autowired
    Exhibitors exhibitors;

    @Autowired
    Territories territories;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    @Autowired
    SalesLedger ledger;

    @Autowired
    OfflineSales offline;

    @Autowired
    JdbcClient jdbc;

    LocalDate today;
    UUID edition;
    Exhibitor tifawin;
    Exhibitor dates;
    UUID oil;
    UUID datesVariant;

    @BeforeEach
    void anEditionWithTwoStallsThatSold() {
        today = LocalDate.now(MOROCCO);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        edition = edition("Foire test " + tag, soussMassa(), today.minusDays(1), today.plusDays(1));
        tifawin = exhibitors.admit(edition, TIFAWIN, null);
        dates = exhibitors.admit(edition, DATES, null);
        oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile foire " + tag, "100.00");
        datesVariant = CatalogFixtures.variantOf(products, DATES, "Dattes foire " + tag, "45.00");
        toStall(TIFAWIN, oil, tifawin.locationId(), 10);
        toStall(DATES, datesVariant, dates.locationId(), 4);
        // Yesterday: 200.00 at Tifawin's stall, 135.00 at the dates' stall.
        Sale first = sell(tifawin.locationId(), at(today.minusDays(1), 11), Payment.CASH, oil, 2);
        sell(dates.locationId(), at(today.minusDays(1), 12), Payment.CASH, datesVariant, 3);
        // Today: 100.00 by card at Tifawin's, then one oil of yesterday's sale returned (-100.00).
        sell(tifawin.locationId(), at(today, 10), Payment.CARD, oil, 1);
        ledger.recordReturn(
                UUID.randomUUID(), first.id(), List.of(new SalesLedger.ReturnLine(1, BigDecimal.ONE)), Payment.CASH);
        // Today: 90.00 synced after the dates' stall closed its day (flag LATE), one beyond its stock.
        lateSaleWithDiscrepancy(dates.locationId(), datesVariant, at(today, 9));
    }

    // Stalls: 200 + 135 + 100 - 100 + 90 = 425.00 in all; today 100 - 100 + 90 = 90.00.
    static final BigDecimal TOTAL = new BigDecimal("425.00");
    static final BigDecimal TODAY = new BigDecimal("90.00");

    @Test
    void theDashboardShowsTheLedgersSums() throws Exception {
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);
        String page = page("/organise/fairs/" + edition + "/live", organiser);

        BigDecimal ledgerTotal = jdbc.sql("select sum(total) from sales_sale where location_id in (?, ?)")
                .params(tifawin.locationId(), dates.locationId())
                .query(BigDecimal.class)
                .single();
        assertThat(ledgerTotal).isEqualByComparingTo(TOTAL);
        assertThat(value(page, "live-gross")).isEqualByComparingTo(ledgerTotal);
        assertThat(value(page, "live-day-gross")).isEqualByComparingTo(TODAY);
        assertThat(value(page, "live-sold")).isEqualByComparingTo("2");
        assertThat(value(page, "live-discrepancies")).isEqualByComparingTo("1");
        // Per stand: Tifawin 200.00 (two sales, a return), the dates 225.00 with its flags.
        String tifawinRow = row(page, tifawin.actorId());
        assertThat(tifawinRow).contains("data-value=\"200.00\"").contains("data-value=\"2\"");
        String datesRow = row(page, dates.actorId());
        assertThat(datesRow)
                .contains("data-value=\"225.00\"")
                .contains("badge late")
                .contains("badge warn");
        // Charts have their table and CSV; the CSV of days has both days' amounts.
        assertThat(page).contains("id=\"live-days-table\"").contains("/live/days.csv");
        String days = csv("/organise/fairs/" + edition + "/live/days.csv", organiser);
        assertThat(days)
                .startsWith("\uFEFFday,")
                .contains(today.minusDays(1) + ",2,0,5,335.00")
                .contains(today + ",2,1,2,90.00");
        // The refreshed fragment polls itself every 30 s while the fair runs.
        String fragment = page("/organise/fairs/" + edition + "/live/figures", organiser);
        assertThat(fragment).contains("every 30s").doesNotContain("<html");
        assertThat(value(fragment, "live-gross")).isEqualByComparingTo(TOTAL);

        // The JSON says the same, for organisers only.
        String json = mvc.perform(get("/api/v1/fairs/" + edition + "/live").cookie(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .contains("\"gross\":425.00")
                .contains("\"grossDay\":90.00")
                .contains("\"late\":1");
        assertThat(mvc.perform(get("/api/v1/fairs/" + edition + "/live"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void footfallIsEnteredThenCorrected() throws Exception {
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);
        String url = "/organise/fairs/" + edition + "/live/footfall";
        MockHttpServletResponse first = mvc.perform(post(url)
                        .cookie(organiser)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("entrance", "Porte principale")
                        .param("day", today.toString())
                        .param("visitors", "120"))
                .andReturn()
                .getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("HX-Trigger")).isEqualTo("fairs-footfall");
        // The fragment says it is saved and offers a fresh count for the same entrance and day.
        assertThat(first.getContentAsString())
                .contains("role=\"status\"")
                .containsPattern("name=\"visitors\"[^>]*value=\"\"");
        // Corrected: the same entrance (other spaces and capitals) and day again.
        mvc.perform(post(url)
                .cookie(organiser)
                .with(csrf())
                .header("HX-Request", "true")
                .param("entrance", " porte  PRINCIPALE ")
                .param("day", today.toString())
                .param("visitors", "150"));
        MockHttpServletResponse refused = mvc.perform(post(url)
                        .cookie(organiser)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("entrance", "Porte nord")
                        .param("day", today.plusDays(5).toString())
                        .param("visitors", "-3"))
                .andReturn()
                .getResponse();
        assertThat(refused.getContentAsString()).contains("day-error");

        String page = page("/organise/fairs/" + edition + "/live", organiser);
        assertThat(value(page, "live-footfall-day")).isEqualByComparingTo("150");
        // 425.00 over 150 visitors.
        assertThat(value(page, "live-per-visitor")).isEqualByComparingTo("2.83");
        assertThat(jdbc.sql("select count(*) from fairs_footfall where edition_id = ?")
                        .param(edition)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String report = page("/organise/fairs/" + edition + "/report", organiser);
        assertThat(value(report, "report-visitors")).isEqualByComparingTo("150");
    }

    @Test
    void theClosingReportsCsvAndPdfSayWhatItsPageSays() throws Exception {
        UUID earlier = edition(
                "Foire précédente " + UUID.randomUUID().toString().substring(0, 8),
                soussMassa(),
                today.minusDays(2),
                today.minusDays(2));
        Exhibitor before = exhibitors.admit(earlier, TIFAWIN, null);
        toStall(TIFAWIN, oil, before.locationId(), 2);
        sell(before.locationId(), at(today.minusDays(2), 15), Payment.CASH, oil, 1);

        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);
        String page = page("/organise/fairs/" + edition + "/report", organiser);
        assertThat(value(page, "report-gross")).isEqualByComparingTo(TOTAL);
        assertThat(value(page, "report-exhibitor-count")).isEqualByComparingTo("2");
        assertThat(value(page, "report-other-regions")).isEqualByComparingTo("0.5");
        assertThat(value(page, "report-median")).isEqualByComparingTo("212.50");
        // Trainings: no programme implementation in this build, or one that knows nothing of this edition.
        assertThat(page).contains("id=\"report-trainings\"");

        String figures = csv("/organise/fairs/" + edition + "/report/figures.csv", organiser);
        assertThat(figures).startsWith("\uFEFFsection,figure,key,name_ar,name_fr,value\r\n");
        assertThat(csvValue(figures, "sales,gross,")).isEqualByComparingTo(value(page, "report-gross"));
        assertThat(csvValue(figures, "sales,average_per_exhibitor,"))
                .isEqualByComparingTo(value(page, "report-average"));
        assertThat(csvValue(figures, "exhibitors,count,")).isEqualByComparingTo(value(page, "report-exhibitor-count"));
        // The comparison shows the earlier edition's own figures (100.00 at one stall).
        assertThat(page).contains("data-edition=\"" + earlier + "\"");
        assertThat(csvValue(figures, "comparison,gross," + earlier + ",")).isEqualByComparingTo("100.00");
        assertThat(csvValue(figures, "comparison,gross," + edition + ",")).isEqualByComparingTo(TOTAL);

        String perExhibitor = csv("/organise/fairs/" + edition + "/report/exhibitors.csv", organiser);
        BigDecimal sum = Arrays.stream(perExhibitor.split("\r\n"))
                .skip(1)
                .map(line -> line.split(","))
                .map(cells -> new BigDecimal(cells[9]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(value(page, "report-stalls"));

        byte[] pdf = mvc.perform(get("/organise/fairs/" + edition + "/report.pdf")
                        .cookie(organiser)
                        .param("lang", "ar"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        String compact = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0\\u202f.,]", "");
        assertThat(compact).contains("42500");
        String arabic = "المبيعات";
        assertThat(compact.contains(arabic) || compact.contains(new StringBuilder(arabic).reverse()))
                .as("Arabic in the PDF: %s", text)
                .isTrue();
    }

    @Test
    void aManagerSeesItsOwnStatementOnly() throws Exception {
        Cookie manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
        String own = page("/manage/" + TIFAWIN + "/fairs/" + edition + "/statement", manager);
        assertThat(value(own, "statement-gross")).isEqualByComparingTo("200.00");
        assertThat(value(own, "statement-returns")).isEqualByComparingTo("100.00");
        assertThat(status("/manage/" + DATES + "/fairs/" + edition + "/statement", manager))
                .isEqualTo(403);
        assertThat(status("/manage/" + DATES + "/fairs/" + edition + "/statement.pdf", manager))
                .isEqualTo(403);
        assertThat(status("/organise/fairs/" + edition + "/statements/" + DATES, manager))
                .isEqualTo(403);
        MockHttpServletResponse pdf = mvc.perform(get("/manage/" + TIFAWIN + "/fairs/" + edition + "/statement.pdf")
                        .cookie(manager))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");

        // The organiser sees every statement: the dates' one lists its late sale and its discrepancy.
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);
        String list = page("/organise/fairs/" + edition + "/statements", organiser);
        assertThat(value(list, "statements-total")).isEqualByComparingTo(TOTAL);
        String theirs = page("/organise/fairs/" + edition + "/statements/" + DATES, organiser);
        assertThat(value(theirs, "statement-gross")).isEqualByComparingTo("225.00");
        assertThat(value(theirs, "statement-late")).isEqualByComparingTo("1");
        assertThat(value(theirs, "statement-discrepancies")).isEqualByComparingTo("1");
    }

    @Test
    void anOrganiserOfOneRegionCannotOpenAnotherRegionsEdition() throws Exception {
        long fesMeknes = territories.byCode("03").orElseThrow().id();
        UUID elsewhere = edition(
                "Foire de Fès " + UUID.randomUUID().toString().substring(0, 8), fesMeknes, today, today.plusDays(2));
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);
        assertThat(status("/organise/fairs/" + elsewhere + "/live", organiser)).isEqualTo(403);
        assertThat(status("/organise/fairs/" + elsewhere + "/live/figures", organiser))
                .isEqualTo(403);
        assertThat(status("/organise/fairs/" + elsewhere + "/report", organiser))
                .isEqualTo(403);
        assertThat(status("/organise/fairs/" + elsewhere + "/report/figures.csv", organiser))
                .isEqualTo(403);
        assertThat(status("/api/v1/fairs/" + elsewhere + "/live", organiser)).isEqualTo(403);
        assertThat(mvc.perform(post("/organise/fairs/" + elsewhere + "/live/footfall")
                                .cookie(organiser)
                                .with(csrf())
                                .param("entrance", "Bab")
                                .param("day", today.toString())
                                .param("visitors", "10"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(status("/organise/fairs/" + elsewhere + "/live", SignIn.admin(mvc)))
                .isEqualTo(200);
    }

    @Test
    void theDemoEditionsHaveLiveFigures() throws Exception {
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);
        UUID tiznit = DemoFairIds.of("tiznit-1");
        String live = page("/organise/fairs/" + tiznit + "/live", organiser);
        assertThat(value(live, "live-gross")).isPositive();
        assertThat(value(live, "live-corner")).isPositive();
        assertThat(value(live, "live-footfall-day")).isPositive();
        String report = page("/organise/fairs/" + DemoFairIds.TAOUNATE_2 + "/report", SignIn.admin(mvc));
        assertThat(value(report, "report-gross")).isPositive();
        assertThat(value(report, "report-visitors")).isPositive();
        String statements = page("/organise/fairs/" + DemoFairIds.TAOUNATE_2 + "/statements", SignIn.admin(mvc));
        assertThat(statements).contains("corner-settlements");
        MockHttpServletResponse pdf = mvc.perform(get("/organise/fairs/" + DemoFairIds.TAOUNATE_2 + "/report.pdf")
                        .cookie(SignIn.admin(mvc))
                        .param("lang", "fr"))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        MockHttpServletResponse statement = mvc.perform(
                        get("/organise/fairs/" + DemoFairIds.TAOUNATE_2 + "/statements/" + TIFAWIN + ".pdf")
                                .cookie(SignIn.admin(mvc)))
                .andReturn()
                .getResponse();
        assertThat(statement.getContentType()).isEqualTo("application/pdf");
    }

    // --- helpers ---

    long soussMassa() {
        return territories.byCode("09").orElseThrow().id();
    }

    UUID edition(String name, long territory, LocalDate from, LocalDate to) {
        return editions.create(new NewEdition(
                new LocalizedText("معرض " + name, name, null),
                1,
                territory,
                new LocalizedText(null, "Place test", null),
                from,
                to,
                null,
                null,
                null,
                new LocalizedText(null, null, null),
                null,
                false,
                null,
                Edition.Quotas.NONE));
    }

    void toStall(UUID actor, UUID variant, UUID stall, int quantity) {
        UUID own = locations.ofActor(actor).id();
        stock.receive(own, variant, BigDecimal.valueOf(quantity), "production");
        stock.transfer(
                "MOVE", actor, own, stall, List.of(new StockJournal.Move(variant, BigDecimal.valueOf(quantity))), null);
    }

    Sale sell(UUID stall, Instant when, Payment payment, UUID variant, int quantity) {
        return ledger.record(new NewSale(
                UUID.randomUUID(),
                stall,
                payment,
                when,
                List.of(new NewSale.Line(variant, BigDecimal.valueOf(quantity))),
                null,
                null));
    }

    /** A device's sale synced after its stall's day was closed (flag LATE), two taken where one was left. */
    void lateSaleWithDiscrepancy(UUID stall, UUID variant, Instant when) {
        UUID device = UUID.randomUUID();
        List<OfflineSales.Outcome> outcomes = offline.record(
                stall,
                device,
                List.of(new OfflineSales.OfflineSale(
                        new NewSale(
                                UUID.randomUUID(),
                                stall,
                                Payment.CASH,
                                when,
                                List.of(new NewSale.Line(variant, new BigDecimal("2"))),
                                device,
                                1L),
                        Set.of("LATE"))));
        assertThat(outcomes.get(0).status()).isEqualTo(OfflineSales.Status.RECORDED);
        assertThat(outcomes.get(0).shortfall()).isEqualByComparingTo("1");
    }

    Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(MOROCCO).toInstant();
    }

    String page(String url, Cookie session) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    String csv(String url, Cookie session) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    int status(String url, Cookie session) throws Exception {
        return mvc.perform(get(url).cookie(session)).andReturn().getResponse().getStatus();
    }

    /** The data-value of the element with this id. */
    static BigDecimal value(String html, String id) {
        Matcher m =
                Pattern.compile("id=\"" + id + "\"[^>]*data-value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("element %s with a data-value", id).isTrue();
        return new BigDecimal(m.group(1));
    }

    /** The table row of one exhibitor. */
    static String row(String html, UUID actorId) {
        int start = html.indexOf("data-actor=\"" + actorId + "\"");
        assertThat(start).as("row of %s", actorId).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    /** The value (last cell) of the first CSV line starting with this prefix. */
    static BigDecimal csvValue(String csv, String prefix) {
        String line = Arrays.stream(csv.split("\r\n"))
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in " + csv));
        return new BigDecimal(line.substring(line.lastIndexOf(',') + 1));
    }
}
