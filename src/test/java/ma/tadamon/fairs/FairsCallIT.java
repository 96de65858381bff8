package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.catalog.DemoCatalogIds;
import ma.tadamon.catalog.Products;
import ma.tadamon.geo.Territories;
import ma.tadamon.identity.Accounts;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.notify.Notification;
import ma.tadamon.registry.ActorStatus;
import ma.tadamon.registry.Actors;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.RecordingNotifications;
import ma.tadamon.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The call for exhibitors through HTTP: applying and its refusals, access, scoring, selection under quotas. */
@IntegrationTest
class FairsCallIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID HONEY = DemoPartyIds.of("coop-nahl-taounate");
    static final UUID ARGAN_OIL = DemoCatalogIds.product("tifawin-argan-oil");

    @Autowired
    MockMvc mvc;

    @Autowired
    Editions editions;

    @Autowired
    Applications applications;

    @Autowired
    Exhibitors exhibitors;

    @Autowired
    Actors actors;

    @Autowired
    Products products;

    @Autowired
    Credentials credentials;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingNotifications.Recorder notifications;

    CallFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CallFixtures(editions, actors, products, credentials, territories, accounts, jdbc);
    }

    Cookie manager() throws Exception {
        return SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
    }

    Cookie organiser() throws Exception {
        return SignIn.as(mvc, "organiser@tadamon.ma", SignIn.DEMO_PASSWORD);
    }

    UUID soussMassaCall() {
        return fixtures.openCallIn("09", 10, Edition.Quotas.NONE, false);
    }

    @Test
    void aManagerAppliesForHerCooperativeOnceAndSeesItsStatus() throws Exception {
        UUID edition = soussMassaCall();
        Cookie manager = manager();
        String name = editions.get(edition).name().fr();
        mvc.perform(get("/manage/" + TIFAWIN + "/fairs").cookie(manager).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Votre organisation est active.")));
        mvc.perform(post("/manage/" + TIFAWIN + "/fairs")
                        .cookie(manager)
                        .with(csrf())
                        .param("edition", edition.toString())
                        .param("products", ARGAN_OIL.toString())
                        .param("areaM2", "12")
                        .param("electricity", "true"))
                .andExpect(status().is3xxRedirection());
        Application mine = applications.find(edition, TIFAWIN).orElseThrow();
        assertThat(mine.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(mine.products()).containsExactly(ARGAN_OIL);
        assertThat(mine.areaM2()).isEqualByComparingTo("12");
        assertThat(mine.electricity()).isTrue();

        mvc.perform(post("/manage/" + TIFAWIN + "/fairs")
                        .cookie(manager)
                        .header("Accept-Language", "fr")
                        .with(csrf())
                        .param("edition", edition.toString())
                        .param("products", ARGAN_OIL.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a déjà candidaté à cette édition")));
        mvc.perform(get("/manage/" + TIFAWIN + "/fairs").cookie(manager).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Your applications")))
                .andExpect(content().string(containsString("Submitted")));
    }

    @Test
    void refusalsAreExplainedInTheUsersLanguage() throws Exception {
        UUID edition = soussMassaCall();
        Cookie admin = SignIn.admin(mvc);

        var dormant = fixtures.applicant(CallFixtures.AOURIR, "WEAVING", false, false);
        actors.changeStatus(dormant.actor(), ActorStatus.DORMANT);
        apply(admin, dormant, edition, "fr")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seules les organisations actives peuvent candidater")));

        var food = fixtures.applicant(CallFixtures.AOURIR, "COUSCOUS", true, false);
        apply(admin, food, edition, "en")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Food products need a verified ONSSA authorisation")))
                .andExpect(content().string(containsString(food.name())));
        apply(admin, food, edition, "ar")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("تتطلب المنتوجات الغذائية ترخيصاً")));
        assertThat(applications.find(edition, food.actor())).isEmpty();

        UUID late = soussMassaCall();
        jdbc.sql("update fairs_edition set call_deadline = now() - interval '1 hour' where id = ?")
                .param(late)
                .update();
        fixtures.sanitaryCredential(food.actor());
        apply(admin, food, late, "fr")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L’appel de cette édition est clos")));
        apply(admin, food, edition, "fr").andExpect(status().is3xxRedirection());
        assertThat(applications.find(edition, food.actor())).isPresent();

        UUID closedToOthers = soussMassaCall();
        var taounate = fixtures.applicant(CallFixtures.TAOUNATE, "WEAVING", false, false);
        apply(admin, taounate, closedToOthers, "fr")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n’est pas ouverte aux acteurs d’autres régions")));
    }

    org.springframework.test.web.servlet.ResultActions apply(
            Cookie session, CallFixtures.Applicant applicant, UUID edition, String language) throws Exception {
        return mvc.perform(post("/manage/" + applicant.actor() + "/fairs")
                .cookie(session)
                .header("Accept-Language", language)
                .with(csrf())
                .param("edition", edition.toString())
                .param("products", applicant.product().toString())
                .param("areaM2", "9"));
    }

    @Test
    void aManagerCannotApplyForAnotherCooperative() throws Exception {
        UUID edition = soussMassaCall();
        Cookie manager = manager();
        mvc.perform(get("/manage/" + HONEY + "/fairs").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/manage/" + HONEY + "/fairs")
                        .cookie(manager)
                        .with(csrf())
                        .param("edition", edition.toString())
                        .param("products", ARGAN_OIL.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/fairs/" + edition + "/applications")
                        .cookie(manager)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actorId\":\"" + HONEY + "\",\"products\":[]}"))
                .andExpect(status().isForbidden());
        assertThat(applications.find(edition, HONEY)).isEmpty();
    }

    @Test
    void theApiTakesAnApplicationAndAnswersRefusalsInTheCallersLanguage() throws Exception {
        UUID edition = soussMassaCall();
        Cookie manager = manager();
        String body =
                "{\"actorId\":\"" + TIFAWIN + "\",\"products\":[\"" + ARGAN_OIL + "\"],\"areaM2\":9,\"water\":true}";
        mvc.perform(post("/api/v1/fairs/" + edition + "/applications")
                        .cookie(manager)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        assertThat(applications.find(edition, TIFAWIN).orElseThrow().water()).isTrue();
        mvc.perform(post("/api/v1/fairs/" + edition + "/applications")
                        .cookie(manager)
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("déjà candidaté")));
    }

    @Test
    void theOrganiserOfSoussMassaCannotManageAnEditionInFesMeknes() throws Exception {
        UUID fes = fixtures.openCallIn("03", 10, Edition.Quotas.NONE, true);
        UUID souss = soussMassaCall();
        Cookie organiser = organiser();
        mvc.perform(get("/organise/fairs/" + fes).cookie(organiser)).andExpect(status().isForbidden());
        mvc.perform(get("/organise/fairs/" + fes + "/applications").cookie(organiser))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organise/fairs/" + fes + "/status")
                        .cookie(organiser)
                        .with(csrf())
                        .param("to", "SELECTION"))
                .andExpect(status().isForbidden());
        assertThat(editions.get(fes).status()).isEqualTo(EditionStatus.CALL_OPEN);
        mvc.perform(get("/organise/fairs/" + souss).cookie(organiser)).andExpect(status().isOk());
        mvc.perform(get("/organise/fairs").cookie(organiser).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(editions.get(souss).name().fr())))
                .andExpect(content()
                        .string(not(containsString(editions.get(fes).name().fr()))));
        mvc.perform(post("/organise/fairs")
                        .cookie(organiser)
                        .header("Accept-Language", "fr")
                        .with(csrf())
                        .param("nameFr", "Souk de Fès " + CallFixtures.tag())
                        .param("editionNo", "1")
                        .param("territoryId", String.valueOf(fixtures.region("03")))
                        .param("startsOn", "2027-05-01")
                        .param("endsOn", "2027-05-07"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vous n’organisez pas de foires dans ce territoire.")));
        mvc.perform(get("/organise/fairs").cookie(manager())).andExpect(status().isForbidden());
    }

    @Test
    void statusTransitionsOutOfOrderAreRefused() throws Exception {
        String name = "Souk ordre " + CallFixtures.tag();
        Cookie organiser = organiser();
        String location = mvc.perform(post("/organise/fairs")
                        .cookie(organiser)
                        .with(csrf())
                        .param("nameFr", name)
                        .param("editionNo", "3")
                        .param("territoryId", String.valueOf(fixtures.region("09")))
                        .param("startsOn", "2027-04-10")
                        .param("endsOn", "2027-04-16")
                        .param("quotaWomen", "30")
                        .param("standTarget", "40"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.replaceAll(".*/organise/fairs/([0-9a-f-]{36}).*", "$1"));
        Edition created = editions.get(id);
        assertThat(created.quotas().womenMin()).isEqualByComparingTo("0.3");
        assertThat(created.standTarget()).isEqualTo(40);
        mvc.perform(post("/organise/fairs/" + id + "/status")
                        .cookie(organiser)
                        .with(csrf())
                        .param("to", "RUNNING"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("error"));
        assertThat(editions.get(id).status()).isEqualTo(EditionStatus.PLANNED);
        assertThatThrownBy(() -> editions.changeStatus(id, EditionStatus.SELECTION))
                .isInstanceOf(InvalidRequestException.class);
        mvc.perform(post("/organise/fairs/" + id + "/status")
                        .cookie(organiser)
                        .with(csrf())
                        .param("to", "CALL_OPEN"))
                .andExpect(status().is3xxRedirection());
        assertThat(editions.get(id).status()).isEqualTo(EditionStatus.CALL_OPEN);
        mvc.perform(get("/organise/fairs/" + id).cookie(organiser).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clore l’appel et sélectionner")))
                .andExpect(content().string(not(containsString("Ouvrir la foire"))));
    }

    @Test
    void theSelectionMeetsTheQuotasThenAdmitsExhibitorsAndAWithdrawalPromotesTheFirstWaitlisted() throws Exception {
        UUID edition = fixtures.openCallIn(
                "09",
                5,
                new Edition.Quotas(new BigDecimal("0.4"), null, new BigDecimal("0.6"), new BigDecimal("0.2")),
                true);
        var a1 = applicant("WEAVING", false, "fr");
        var a2 = applicant("WEAVING", false, "ar");
        var a3 = applicant("WEAVING", false, "fr");
        var a4 = applicant("SEWING", false, "fr");
        var w1 = applicant("SEWING", true, "fr");
        var w2 = applicant("CARPENTRY", true, "en");
        var w3 = applicant("WEAVING", true, "fr");
        var other = fixtures.applicant(CallFixtures.TAOUNATE, "SOLIDARITY_TOURISM", false, false);
        fixtures.manager(other.actor(), "fr");
        var services = applicant("SERVICES", false, "fr");
        List<CallFixtures.Applicant> all = List.of(a1, a2, a3, a4, w1, w2, w3, other, services);
        List<Integer> points = List.of(5, 5, 4, 4, 2, 1, 0, 1, 3);
        for (CallFixtures.Applicant applicant : all) {
            applications.apply(edition, applicant.actor(), fixtures.showing(applicant));
        }
        Cookie organiser = organiser();
        for (int i = 0; i < all.size(); i++) {
            UUID app =
                    applications.find(edition, all.get(i).actor()).orElseThrow().id();
            var request = post("/organise/fairs/" + edition + "/applications/" + app + "/scores")
                    .cookie(organiser)
                    .with(csrf())
                    .header("HX-Request", "true");
            for (String code : List.of("QUALITY", "LABELS", "INNOVATION", "FIRST_TIME", "EMPLOYMENT")) {
                request = request.param("s." + code, String.valueOf(points.get(i)));
            }
            mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString("total-" + app)));
        }
        assertThat(applications.find(edition, a3.actor()).orElseThrow().score()).isEqualByComparingTo("80");

        mvc.perform(get("/organise/fairs/" + edition + "/applications")
                        .cookie(organiser)
                        .param("womenLed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(w1.name())))
                .andExpect(content().string(not(containsString(a1.name()))));

        // The organiser turns one down, with the reason the applicant will read.
        UUID w3app = applications.find(edition, w3.actor()).orElseThrow().id();
        mvc.perform(post("/organise/fairs/" + edition + "/applications/" + w3app + "/override")
                        .cookie(organiser)
                        .with(csrf())
                        .param("decision", "REJECTED"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("error"));
        mvc.perform(post("/organise/fairs/" + edition + "/applications/" + w3app + "/override")
                        .cookie(organiser)
                        .with(csrf())
                        .param("decision", "REJECTED")
                        .param("note", "Dossier incomplet"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/organise/fairs/" + edition + "/selection/confirm")
                        .cookie(organiser)
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("error"));
        mvc.perform(post("/organise/fairs/" + edition + "/status")
                        .cookie(organiser)
                        .with(csrf())
                        .param("to", "SELECTION"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organise/fairs/" + edition + "/selection")
                        .cookie(organiser)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Women-led, at least")))
                .andExpect(content().string(containsString("From other regions, at least")))
                .andExpect(content().string(not(containsString("Not met"))));
        mvc.perform(post("/organise/fairs/" + edition + "/selection/confirm")
                        .cookie(organiser)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(edition, a1)).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(statusOf(edition, w1)).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(statusOf(edition, w2)).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(statusOf(edition, other)).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(statusOf(edition, services)).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(statusOf(edition, w3)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.find(edition, a2.actor()).orElseThrow().waitlistRank())
                .isEqualTo(1);
        assertThat(applications.find(edition, a3.actor()).orElseThrow().waitlistRank())
                .isEqualTo(2);
        assertThat(applications.find(edition, a4.actor()).orElseThrow().waitlistRank())
                .isEqualTo(3);
        assertThat(exhibitors.of(edition))
                .extracting(Exhibitor::actorId)
                .containsExactlyInAnyOrder(a1.actor(), w1.actor(), w2.actor(), other.actor(), services.actor());
        long handicrafts = exhibitors.of(edition).stream()
                .filter(x -> x.sector().equals("HANDICRAFTS"))
                .count();
        assertThat(handicrafts).isEqualTo(3);

        assertThat(lastTo(w1)).satisfies(n -> assertThat(n.subject()).contains("est retenue"));
        assertThat(lastTo(a2)).satisfies(n -> assertThat(n.subject()).contains("لائحة الانتظار"));
        assertThat(lastTo(a2).body()).contains("1");
        assertThat(lastTo(w3)).satisfies(n -> {
            assertThat(n.subject()).contains("n’est pas retenue");
            assertThat(n.body()).contains("Dossier incomplet");
        });

        mvc.perform(get("/organise/fairs/" + edition + "/applications.csv").cookie(organiser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(w1.name() + "\",\"SEWING\",\"HANDICRAFTS\",\"true\"")))
                .andExpect(content().string(containsString("\"WAITLISTED\",\"1\",\"100.00\"")));
        mvc.perform(get("/organise/fairs/" + edition + "/applications").cookie(organiser))
                .andExpect(content().string(containsString("Produit " + w1.name())));

        String slug = editions.get(edition).slug();
        mvc.perform(get("/fairs/" + slug).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(w1.name())))
                .andExpect(content().string(containsString("/actors/" + w1.actor())))
                .andExpect(content().string(not(containsString(a2.name()))));
        mvc.perform(get("/api/v1/fairs/" + slug))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exhibitors.length()").value(5))
                .andExpect(jsonPath(
                        "$.exhibitors[*].actorId", hasItem(other.actor().toString())));
        mvc.perform(get("/api/v1/fairs")).andExpect(jsonPath("$[*].slug", hasItem(slug)));

        // The women-led W1 withdraws: A2, first on the waiting list, is offered the place and told.
        UUID w1app = applications.find(edition, w1.actor()).orElseThrow().id();
        mvc.perform(post("/manage/" + w1.actor() + "/fairs/applications/" + w1app + "/withdraw")
                        .cookie(SignIn.admin(mvc))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(edition, w1)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(statusOf(edition, a2)).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(applications.find(edition, a3.actor()).orElseThrow().waitlistRank())
                .isEqualTo(1);
        assertThat(exhibitors.of(edition))
                .extracting(Exhibitor::actorId)
                .contains(a2.actor())
                .doesNotContain(w1.actor());
        assertThat(lastTo(a2).subject()).contains("مكان");
        mvc.perform(get("/fairs/" + slug))
                .andExpect(content().string(containsString(a2.name())))
                .andExpect(content().string(not(containsString(w1.name()))));
    }

    @Test
    void theOrganiserAddsPartnersAndWeighsTheGridAndThePublicSeesTheEdition() throws Exception {
        UUID edition = soussMassaCall();
        Cookie organiser = organiser();
        mvc.perform(get("/organise/fairs/" + edition + "/parties/search")
                        .cookie(organiser)
                        .header("HX-Request", "true")
                        .param("q", "Souss"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DemoPartyIds.REGION_SOUSS_MASSA.toString())));
        mvc.perform(post("/organise/fairs/" + edition + "/parties")
                        .cookie(organiser)
                        .with(csrf())
                        .param("party", DemoPartyIds.REGION_SOUSS_MASSA.toString())
                        .param("role", "ORGANISER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/organise/fairs/" + edition + "/parties")
                        .cookie(organiser)
                        .with(csrf())
                        .param("party", DemoPartyIds.AGENCE_DU_SUD.toString())
                        .param("role", "FUNDER"))
                .andExpect(status().is3xxRedirection());
        assertThat(editions.parties(edition)).extracting(EditionParty::role).containsExactly("ORGANISER", "FUNDER");

        mvc.perform(post("/organise/fairs/" + edition + "/grid")
                        .cookie(organiser)
                        .with(csrf())
                        .param("code", "QUALITY")
                        .param("weight", "6")
                        .param("maxPoints", "10"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organise/fairs/" + edition + "/applications").cookie(organiser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"m-QUALITY\"")))
                .andExpect(content().string(containsString("value=\"10\"")));

        String slug = editions.get(edition).slug();
        mvc.perform(get("/fairs").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/fairs/" + slug)));
        mvc.perform(get("/fairs/" + slug).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("développement des provinces du Sud")))
                .andExpect(content().string(containsString("Bailleur")))
                .andExpect(content().string(containsString("Candidater comme exposant")))
                .andExpect(content().string(containsString("Place Al Amal")));

        UUID planned = editions.create(new NewEdition(
                new ma.tadamon.platform.LocalizedText(null, "Souk secret " + CallFixtures.tag(), null),
                1,
                fixtures.region("09"),
                new ma.tadamon.platform.LocalizedText(null, null, null),
                java.time.LocalDate.now().plusMonths(6),
                java.time.LocalDate.now().plusMonths(6),
                null,
                null,
                null,
                new ma.tadamon.platform.LocalizedText(null, null, null),
                null,
                false,
                null,
                Edition.Quotas.NONE));
        mvc.perform(get("/fairs/" + editions.get(planned).slug())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fairs/" + editions.get(planned).slug())).andExpect(status().isNotFound());
    }

    final java.util.Map<UUID, String> managers = new java.util.HashMap<>();

    CallFixtures.Applicant applicant(String valueChain, boolean womenLed, String locale) {
        var applicant = fixtures.applicant(CallFixtures.AOURIR, valueChain, womenLed, false);
        managers.put(applicant.actor(), fixtures.manager(applicant.actor(), locale));
        return applicant;
    }

    Notification lastTo(CallFixtures.Applicant applicant) {
        String email = managers.get(applicant.actor());
        if (email == null) {
            email = accounts.holdersOf(applicant.actor(), "COOP_MANAGER").get(0).email();
        }
        List<Notification> sent = notifications.to(email);
        assertThat(sent).as("notifications to " + email).isNotEmpty();
        return sent.get(sent.size() - 1);
    }

    ApplicationStatus statusOf(UUID edition, CallFixtures.Applicant applicant) {
        return applications.find(edition, applicant.actor()).orElseThrow().status();
    }
}
