package ma.tadamon.fairs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import ma.tadamon.fairs.DemoFairIds;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.ExhibitorStand;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.fairs.FloorPlans;
import ma.tadamon.fairs.NewEdition;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The floor plan end to end: an organiser lays out a grid, places an exhibitor by hand and applies
 * the automatic proposal (which keeps the hand placement); another region's organiser may not; the
 * public plan, its SVG, its API and its PDF say who stands where; the database refuses two
 * exhibitors on one stand, one exhibitor on two stands and overlapping stands.
 */
@IntegrationTest
class FloorPlanIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID DATES = DemoPartyIds.of("coop-tmour-taghjijt");
    static final UUID HONEY = DemoPartyIds.of("coop-nahl-taounate");
    static final UUID WEAVING = DemoPartyIds.of("coop-asrir-tissage");
    static final UUID COUSCOUS = DemoPartyIds.of("coop-couscous-smara");

    @Autowired
    MockMvc mvc;

    @Autowired
    Editions editions;

    @Autowired
    Exhibitors exhibitors;

    @Autowired
    PlanEditor plans;

    @Autowired
    FloorPlans floorPlans;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Test
    void organiserLaysOutAPlanPlacesByHandAndAppliesTheProposal() throws Exception {
        UUID edition = edition("09", List.of(TIFAWIN, DATES, HONEY, WEAVING, COUSCOUS));
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);

        mvc.perform(post("/organise/fairs/" + edition + "/plan/generate")
                        .cookie(organiser)
                        .with(csrf())
                        .param("width", "40")
                        .param("depth", "30")
                        .param("stands", "30")
                        .param("standWidth", "3")
                        .param("standDepth", "3")
                        .param("aisle", "3")
                        .param("training", "true")
                        .param("stage", "true")
                        .param("storeCorner", "true"))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl())
                        .isEqualTo("/organise/fairs/" + edition + "/plan"));
        FloorPlan plan = plans.plan(edition);
        assertThat(plan.stands()).hasSize(30);
        assertThat(plan.zones()).extracting(FloorPlan.Zone::kind).contains(ZoneKind.STORE_CORNER, ZoneKind.STAGE);

        mvc.perform(post("/organise/fairs/" + edition + "/plan/place")
                        .cookie(organiser)
                        .with(csrf())
                        .param("actorId", WEAVING.toString())
                        .param("standCode", "b-02"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(floorPlans.standOf(edition, WEAVING))
                .map(ExhibitorStand::code)
                .contains("B-02");

        // A taken stand is refused, next to the field.
        String refused = mvc.perform(post("/organise/fairs/" + edition + "/plan/place")
                        .cookie(organiser)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("actorId", HONEY.toString())
                        .param("standCode", "B-02"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Stand B-02 is taken by");
        assertThat(floorPlans.standOf(edition, HONEY)).isEmpty();

        String preview = mvc.perform(get("/organise/fairs/" + edition + "/plan")
                        .param("proposal", "true")
                        .cookie(organiser)
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview).contains("Automatic proposal (preview)", "<svg", "stand-A-01");
        assertThat(floorPlans.standsOf(edition)).hasSize(1);

        java.util.regex.Matcher previewed = java.util.regex.Pattern.compile("name=\"previewed\" value=\"([0-9a-f]+)\"")
                .matcher(preview);
        assertThat(previewed.find()).isTrue();

        // A proposal that changed since its preview is not applied: the organiser sees the new one.
        mvc.perform(post("/organise/fairs/" + edition + "/plan/apply")
                        .cookie(organiser)
                        .with(csrf())
                        .param("previewed", "0123456789abcdef"))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).contains("proposal=true"));
        assertThat(floorPlans.standsOf(edition)).hasSize(1);

        mvc.perform(post("/organise/fairs/" + edition + "/plan/apply")
                        .cookie(organiser)
                        .with(csrf())
                        .param("previewed", previewed.group(1)))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl())
                        .isEqualTo("/organise/fairs/" + edition + "/plan"));
        Map<UUID, String> stands = floorPlans.standsOf(edition).stream()
                .collect(Collectors.toMap(ExhibitorStand::actorId, ExhibitorStand::code));
        assertThat(stands).hasSize(5).containsEntry(WEAVING, "B-02");
        assertThat(stands.values()).doesNotHaveDuplicates();

        // Swap and clear by hand.
        mvc.perform(post("/organise/fairs/" + edition + "/plan/swap")
                        .cookie(organiser)
                        .with(csrf())
                        .param("first", "B-02")
                        .param("second", stands.get(TIFAWIN)))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(floorPlans.standOf(edition, TIFAWIN))
                .map(ExhibitorStand::code)
                .contains("B-02");
        assertThat(floorPlans.standOf(edition, WEAVING))
                .map(ExhibitorStand::code)
                .contains(stands.get(TIFAWIN));
        mvc.perform(post("/organise/fairs/" + edition + "/plan/clear")
                        .cookie(organiser)
                        .with(csrf())
                        .param("standCode", "B-02"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(floorPlans.standOf(edition, TIFAWIN)).isEmpty();

        String page = mvc.perform(get("/organise/fairs/" + edition + "/plan")
                        .cookie(organiser)
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Floor plan", "No stand yet.");
    }

    @Test
    void organiserAddsAndMovesAStandButNeverOntoAnother() throws Exception {
        UUID edition = edition("09", List.of(TIFAWIN));
        plans.generate(edition, new GridPlanGenerator.GridSpec(40, 30, 10, 3, 3, 3, true, false, false, 0), false);
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);

        String overlapping = mvc.perform(post("/organise/fairs/" + edition + "/plan/stands")
                        .cookie(organiser)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("code", "Z-01")
                        .param("x", "4")
                        .param("y", "4")
                        .param("w", "3")
                        .param("h", "3"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overlapping).contains("This stand would overlap stand A-01.");

        mvc.perform(post("/organise/fairs/" + edition + "/plan/stands")
                        .cookie(organiser)
                        .with(csrf())
                        .param("code", "z-01")
                        .param("x", "3")
                        .param("y", "20")
                        .param("w", "6")
                        .param("h", "3")
                        .param("electricity", "true"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        FloorPlan.Stand added = plans.plan(edition).stand("Z-01").orElseThrow();
        assertThat(added.area()).isEqualTo(18);
        assertThat(added.electricity()).isTrue();
        assertThat(plans.plan(edition).zone(added.zoneId()).map(FloorPlan.Zone::kind))
                .contains(ZoneKind.SALES);

        String outside = mvc.perform(post("/organise/fairs/" + edition + "/plan/stands/" + added.id())
                        .cookie(organiser)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("code", "Z-01")
                        .param("x", "38")
                        .param("y", "20")
                        .param("w", "6")
                        .param("h", "3"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outside).contains("This must lie inside the venue (40 m by 30 m).");
    }

    @Test
    void soussMassaOrganiserCannotEditAnotherRegionsPlan() throws Exception {
        UUID edition = edition("03", List.of());
        Cookie organiser = SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);

        mvc.perform(get("/organise/fairs/" + edition + "/plan").cookie(organiser))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        mvc.perform(post("/organise/fairs/" + edition + "/plan/generate")
                        .cookie(organiser)
                        .with(csrf())
                        .param("width", "40")
                        .param("depth", "30")
                        .param("stands", "20"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        assertThat(plans.find(edition)).isEmpty();
    }

    @Test
    void publicPlanSvgApiAndPdfShowWhoIsWhere() throws Exception {
        UUID edition = edition("09", List.of(TIFAWIN, DATES, WEAVING));
        plans.generate(edition, new GridPlanGenerator.GridSpec(40, 30, 20, 3, 3, 3, true, true, true, 0), false);
        plans.place(edition, TIFAWIN, "A-03");
        String slug = editions.get(edition).slug();

        // Before allocation the public sees the layout, not the exhibitors.
        String before = mvc.perform(get("/fairs/" + slug + "/plan").header("Accept-Language", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before).contains("stand-A-03").doesNotContain("Tifawin");

        editions.changeStatus(edition, EditionStatus.SELECTION);
        editions.changeStatus(edition, EditionStatus.ALLOCATION);

        MockHttpServletResponse page = mvc.perform(
                        get("/fairs/" + slug + "/plan").param("stand", "A-03").header("Accept-Language", "fr"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html)
                .contains("Qui est où", "id=\"who-A-03\"", "/actors/" + TIFAWIN, "Coopérative Tifawin")
                .contains("class=\"plan-stand is-chosen\"")
                .doesNotContain("style=\"");

        String filtered = mvc.perform(get("/fairs/" + slug + "/plan")
                        .param("sector", "HANDICRAFTS")
                        .header("Accept-Language", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(filtered).contains("/actors/" + WEAVING).doesNotContain("/actors/" + TIFAWIN);

        MockHttpServletResponse svg = mvc.perform(
                        get("/fairs/" + slug + "/plan.svg").header("Accept-Language", "fr"))
                .andReturn()
                .getResponse();
        assertThat(svg.getContentType()).startsWith("image/svg+xml");
        assertThat(svg.getContentAsString())
                .contains("<title id=\"plan-title\">", "<desc id=\"plan-desc\">", "id=\"stand-A-03\"")
                .contains("<title>A-03 — Coopérative Tifawin");
        String arabic = mvc.perform(get("/fairs/" + slug + "/plan.svg").header("Accept-Language", "ar"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(arabic).contains("direction=\"rtl\"");

        String api = mvc.perform(get("/api/v1/fairs/" + slug + "/stands"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).contains("\"code\":\"A-03\"", "\"actorId\":\"" + TIFAWIN + "\"", "\"profile\":\"/actors/");

        MockHttpServletResponse pdf = mvc.perform(
                        get("/fairs/" + slug + "/plan.pdf").header("Accept-Language", "fr"))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Les exposants par stand", "A-03", "Coopérative Tifawin", "B-01");
        }

        assertThat(floorPlans.standOf(edition, TIFAWIN)).hasValueSatisfying(s -> {
            assertThat(s.code()).isEqualTo("A-03");
            assertThat(s.zoneKind()).isEqualTo("SALES");
        });
    }

    @Test
    void databaseRefusesTwoExhibitorsOnOneStandOneOnTwoStandsAndOverlappingStands() {
        UUID edition = edition("09", List.of(TIFAWIN, DATES));
        plans.generate(edition, new GridPlanGenerator.GridSpec(40, 30, 10, 3, 3, 3, false, false, false, 0), false);
        FloorPlan plan = plans.plan(edition);
        UUID first = plan.stand("A-01").orElseThrow().id();
        UUID second = plan.stand("A-02").orElseThrow().id();
        insertPlacement(first, edition, TIFAWIN);

        assertThatThrownBy(() -> insertPlacement(first, edition, DATES))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertPlacement(second, edition, TIFAWIN))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                        () -> jdbc.sql("""
                                insert into fairs_stand (id, edition_id, code, x, y, w, h)
                                values (?, ?, 'X-01', 4, 4, 3, 3)""").params(UUID.randomUUID(), edition).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // Touching along an edge is not overlapping.
        jdbc.sql("insert into fairs_stand (id, edition_id, code, x, y, w, h) values (?, ?, 'X-02', 0, 0, 3, 3)")
                .params(UUID.randomUUID(), edition)
                .update();
    }

    @Test
    void demoPlansPlaceEveryExhibitorOfAgadirAndGiveTaounateItsStoreCorner() {
        if (editions.find(DemoFairIds.AGADIR_1).isEmpty()) {
            return;
        }
        FloorPlan agadir = plans.plan(DemoFairIds.AGADIR_1);
        assertThat(agadir.width() * agadir.depth()).isEqualTo(4000);
        assertThat(agadir.stands()).hasSize(150);
        assertThat(floorPlans.standsOf(DemoFairIds.AGADIR_1)).hasSize(exhibitors.count(DemoFairIds.AGADIR_1));
        assertThat(plans.plan(DemoFairIds.TAOUNATE_2).zones())
                .extracting(FloorPlan.Zone::kind)
                .contains(ZoneKind.STORE_CORNER, ZoneKind.TRAINING);
    }

    private void insertPlacement(UUID stand, UUID edition, UUID actor) {
        jdbc.sql("""
                        insert into fairs_stand_exhibitor (stand_id, edition_id, actor_id, by_hand, placed_at)
                        values (?, ?, ?, true, now())""").params(stand, edition, actor).update();
    }

    /** A new edition in the region of this code, open to applications, with these exhibitors. */
    private UUID edition(String regionCode, List<UUID> actors) {
        long region = territories.byCode(regionCode).orElseThrow().id();
        UUID id = editions.create(new NewEdition(
                new LocalizedText(
                        null, "Souk plan " + UUID.randomUUID().toString().substring(0, 8), null),
                1,
                region,
                new LocalizedText(null, "Place de test", null),
                LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 7),
                null,
                null,
                1200,
                new LocalizedText(null, null, null),
                null,
                true,
                30,
                Edition.Quotas.NONE));
        editions.changeStatus(id, EditionStatus.CALL_OPEN);
        actors.forEach(a -> exhibitors.admit(id, a, null));
        return id;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }
}
