package ma.tadamon.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.jobs.JobProgress;
import ma.tadamon.registry.ActorStatus;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.MemberRole;
import ma.tadamon.registry.Members;
import ma.tadamon.registry.NewActor;
import ma.tadamon.registry.NewMember;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.NewSale;
import ma.tadamon.sales.Payment;
import ma.tadamon.sales.SalesLedger;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ObservatoryIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    @Autowired
    SalesLedger ledger;

    @Autowired
    Actors actors;

    @Autowired
    Members members;

    @Autowired
    Territories territories;

    @Autowired
    Rollups rollups;

    JsonNode data(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/indicators/" + query).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    BigDecimal total(String query) throws Exception {
        return new BigDecimal(data(query).path("total").path("numerator").asString());
    }

    @Test
    void listsEveryIndicatorWithItsDefinitionAndDataAddress() throws Exception {
        mvc.perform(get("/api/v1/indicators").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'sales.amount')].unit").value("MAD"))
                .andExpect(jsonPath("$[?(@.code == 'registry.women-led-share')].denominator.fr")
                        .value("Acteurs actifs"))
                .andExpect(jsonPath("$[?(@.code == 'registry.members')].dimensions[*]")
                        .value(org.hamcrest.Matchers.hasItems("gender", "ageBand", "valueChain")))
                .andExpect(jsonPath("$[?(@.code == 'sales.amount')].dataUrl")
                        .value("/api/v1/indicators/sales.amount/data"));
    }

    @Test
    void aSaleShowsInItsCommuneProvinceRegionAndCountryWithinSeconds() throws Exception {
        long communeId = actors.find(TIFAWIN).orElseThrow().communeId();
        List<Territory> path = new ArrayList<>(territories.ancestors(communeId));
        path.add(territories.byId(communeId).orElseThrow());
        String month = LocalDate.now(RollupListener.MOROCCO).toString().substring(0, 7);
        List<BigDecimal> before = new ArrayList<>();
        for (Territory t : path) {
            before.add(total("sales.amount/data?territory=" + t.code() + "&from=" + month + "&to=" + month));
        }
        UUID oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile observatoire", "77.30");
        UUID store = CatalogFixtures.store(locations, DemoPartyIds.STORE_SOUSS_MASSA, "0.1000");
        CatalogFixtures.consign(locations, stock, TIFAWIN, oil, store, 5);

        ledger.record(new NewSale(
                UUID.randomUUID(), store, Payment.CASH, List.of(new NewSale.Line(oil, new BigDecimal("3")))));

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            for (int i = 0; i < path.size(); i++) {
                assertThat(total("sales.amount/data?territory=" + path.get(i).code() + "&from=" + month + "&to="
                                + month))
                        .as(path.get(i).code())
                        .isEqualByComparingTo(before.get(i).add(new BigDecimal("231.90")));
            }
        });
        JsonNode byChannel = data("sales.amount/data?territory="
                + path.get(path.size() - 1).code() + "&from=" + month + "&to=" + month + "&by=channel&period=MONTH");
        assertThat(byChannel.path("rows").toString()).contains("\"code\":\"STORE\"", "\"period\":\"" + month + "\"");
    }

    @Test
    void aNewCooperativeAndItsMembersAreCountedAndARebuildAgreesWithTheIncrementalRollups() throws Exception {
        Territory taounate = territories.byCode("03.531.01.05").orElseThrow();
        BigDecimal cooperatives = total("registry.cooperatives/data?territory=" + taounate.code());
        BigDecimal women = total("registry.members/data?territory=" + taounate.code() + "&gender=F");
        BigDecimal young = total("registry.members/data?territory=03&gender=F&ageBand=FROM_18_TO_34");

        UUID actor = actors.register(NewActor.of(
                        ActorType.COOPERATIVE, "تعاونية المرصد", "Coopérative Observatoire", "FIGS", taounate.id()))
                .id();
        int year = LocalDate.now().getYear();
        members.add(actor, member("Amina", "F", year - 25, MemberRole.PRESIDENT));
        members.add(actor, member("Fatima", "F", year - 40, MemberRole.MEMBER));
        UUID leaving = members.add(actor, member("Youssef", "M", year - 30, MemberRole.MEMBER));
        members.leave(actor, leaving, LocalDate.now());

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(total("registry.cooperatives/data?territory=" + taounate.code()))
                    .isEqualByComparingTo(cooperatives.add(BigDecimal.ONE));
            assertThat(total("registry.members/data?territory=" + taounate.code() + "&gender=F"))
                    .isEqualByComparingTo(women.add(BigDecimal.valueOf(2)));
            assertThat(total("registry.members/data?territory=03&gender=F&ageBand=FROM_18_TO_34"))
                    .isEqualByComparingTo(young.add(BigDecimal.ONE));
        });
        actors.changeStatus(actor, ActorStatus.DORMANT);
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(
                                total("registry.cooperatives/data?territory=" + taounate.code() + "&status=DORMANT"))
                        .isGreaterThanOrEqualTo(BigDecimal.ONE));

        List<String> questions = List.of(
                "registry.actors/data?level=REGION&by=type,status",
                "registry.members/data?territory=03&level=PROVINCE&by=gender,ageBand",
                "registry.women-led-share/data?level=REGION&by=sector",
                "registry.cooperatives-created/data?period=YEAR&from=2000",
                "sales.amount/data?level=PROVINCE&period=MONTH&by=channel,valueChain",
                "sales.amount/data?level=REGION&period=YEAR&by=channel",
                "registry.members/data?level=REGION&by=valueChain,gender",
                "registry.cooperative-members/data?territory=03&by=ageBand",
                "sales.revenue-per-member/data?territory=09&level=PROVINCE");
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> rollups.backlog().oldest() == null);
        List<String> incremental = new ArrayList<>();
        for (String q : questions) {
            incremental.add(data(q).path("rows").toString());
        }
        rollups.rebuild(JobProgress.NONE);
        for (int i = 0; i < questions.size(); i++) {
            assertThat(data(questions.get(i)).path("rows").toString())
                    .as(questions.get(i))
                    .isEqualTo(incremental.get(i));
        }
    }

    private static NewMember member(String name, String gender, int birthYear, MemberRole role) {
        return new NewMember(
                name, gender, birthYear, null, null, role, LocalDate.now().minusYears(1), "membership");
    }

    @Test
    void theCsvHoldsThePageRowsWhoseSumIsTheTotal() throws Exception {
        JsonNode page = data("registry.actors/data?level=REGION");
        byte[] csv = mvc.perform(get("/api/v1/indicators/registry.actors/data?level=REGION&format=csv")
                        .header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFterritory,territory_name,numerator,value");
        assertThat(lines).hasSize(page.path("rows").size() + 1);
        assertThat(lines).anyMatch(l -> l.startsWith("09,جهة سوس ماسة,"));
        BigDecimal sum = lines.stream()
                .skip(1)
                .map(l -> new BigDecimal(l.substring(l.lastIndexOf(',') + 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(page.path("total").path("value").asString());
        assertThat(sum).isPositive();

        byte[] xlsx = mvc.perform(get("/api/v1/indicators/registry.actors/data?level=REGION&format=xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(page.path("rows").size());
            double inSheet = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                inSheet += sheet.getRow(r).getCell(3).getNumericCellValue();
            }
            assertThat(BigDecimal.valueOf(inSheet)).isEqualByComparingTo(sum);
        }
    }

    @Test
    void coverageComparesTheCountryWithTheReferenceTotal() throws Exception {
        JsonNode cooperatives = data("registry.cooperatives/data");
        assertThat(cooperatives.path("coverage").path("reference").decimalValue())
                .isEqualByComparingTo("60939");
        assertThat(cooperatives.path("coverage").path("year").asInt()).isEqualTo(2024);
        BigDecimal share = new BigDecimal(
                        cooperatives.path("total").path("value").asString())
                .multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("60939"), 1, java.math.RoundingMode.HALF_UP);
        assertThat(new BigDecimal(cooperatives.path("coverage").path("share").asString()))
                .isEqualByComparingTo(share);
    }

    @Test
    void theSeedsFiguresAreThereAgadirsFirstEditionHad150Exhibitors() throws Exception {
        JsonNode agadir = data("fairs.exhibitors/data?territory=09&from=2025-12&to=2025-12&level=PROVINCE");
        assertThat(agadir.path("total").path("value").asInt()).isEqualTo(150);
        assertThat(agadir.path("rows").get(0).path("territory").path("code").asString())
                .isEqualTo("09.001");
        JsonNode taounate = data("registry.cooperatives/data?territory=03.531");
        assertThat(taounate.path("total").path("value").asInt()).isPositive();
        JsonNode fairSales = data("fairs.sales/data?territory=09&from=2025-12&to=2025-12");
        assertThat(new BigDecimal(fairSales.path("total").path("value").asString()))
                .isPositive();
    }

    @Test
    void onlyAnAdministratorRebuildsAndTheJobReportsItsEnd() throws Exception {
        mvc.perform(post("/api/v1/observatory/rebuild")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/observatory/rebuild").with(httpBasic("analyst@tadamon.ma", SignIn.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        String body = mvc.perform(
                        post("/api/v1/observatory/rebuild").with(httpBasic("admin@tadamon.ma", SignIn.DEMO_PASSWORD)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String job = json.readTree(body).path("job").asString();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/v1/observatory/jobs/" + job)
                                .with(httpBasic("analyst@tadamon.ma", SignIn.DEMO_PASSWORD)))
                        .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                        .andExpect(jsonPath("$.percent").value(100)));
        mvc.perform(get("/api/v1/indicators/freshness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rebuilt").isNotEmpty());
    }

    @Test
    void aModulesRestrictedIndicatorIsDiscoveredAndShownToAnalystsOnly() throws Exception {
        String code = ma.tadamon.support.TestIndicators.RESTRICTED;
        mvc.perform(get("/api/v1/indicators"))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')]").isEmpty());
        mvc.perform(get("/api/v1/indicators/" + code + "/data")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators").with(httpBasic("analyst@tadamon.ma", SignIn.DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].restricted").value(true));
        mvc.perform(get("/api/v1/indicators/" + code + "/data?level=REGION")
                        .with(httpBasic("analyst@tadamon.ma", SignIn.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.value").value(50))
                .andExpect(jsonPath("$.rows[?(@.territory.code == '09')].value").value(42))
                .andExpect(jsonPath("$.rows[?(@.territory.code == '03')].value").value(8));
        mvc.perform(get("/api/v1/indicators/" + code + "/data?territory=09.581")
                        .with(httpBasic("admin@tadamon.ma", SignIn.DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total.value").value(42));
    }

    @Test
    void badQuestionsAreRefusedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/indicators/registry.actors/data?level=CANTON").header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("level"))
                .andExpect(jsonPath("$.detail")
                        .value("CANTON n’est pas un niveau territorial (REGION, PROVINCE ou COMMUNE)."));
        mvc.perform(get("/api/v1/indicators/registry.actors/data?period=MONTH").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("This indicator is counted as of today, not by period."));
        mvc.perform(get("/api/v1/indicators/sales.amount/data?by=gender").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("This indicator cannot be broken down by gender."));
        mvc.perform(get("/api/v1/indicators/sales.amount/data?channel=BARTER").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("BARTER is not a value of channel."));
        mvc.perform(get("/api/v1/indicators/sales.amount/data?from=2025-13").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/indicators/registry.members/data?territory=09&level=COUNTRY"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/indicators/nothing.here/data").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no indicator nothing.here."));
    }
}
