package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.SearchText;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.RecordingNotifications;
import ma.tadamon.support.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The programme end to end: organisers schedule sessions within the edition's days and hours,
 * anyone registers without an account (once, within the seats, even all at once), attendance is
 * taken, certificates are printed and verified; organisers of another region are kept out.
 */
@IntegrationTest
class ProgrammeIT {

    static final String ORGANISER = "organiser@tadamon.ma";

    @Autowired
    MockMvc mvc;

    @Autowired
    Editions editions;

    @Autowired
    Programme programme;

    @Autowired
    Registrations registrations;

    @Autowired
    ProgrammeFigures figures;

    @Autowired
    Territories territories;

    @Autowired
    RecordingNotifications.Recorder notifications;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    LocalDate today() {
        return LocalDate.now(Programme.ZONE);
    }

    /** An edition of this test's own, open to the public (call open), from yesterday to in four days. */
    Edition edition(String regionCode) {
        UUID id = editions.create(new NewEdition(
                new LocalizedText("سوق تضامني تجريبي", "Souk d’essai " + UUID.randomUUID(), null),
                1,
                territories.byCode(regionCode).orElseThrow().id(),
                new LocalizedText("ساحة الأمل", "Place Al Amal", null),
                today().minusDays(1),
                today().plusDays(4),
                LocalTime.of(9, 0),
                LocalTime.of(22, 0),
                null,
                new LocalizedText(null, null, null),
                null,
                false,
                null,
                Edition.Quotas.NONE));
        return editions.changeStatus(id, EditionStatus.CALL_OPEN);
    }

    static NewSession training(LocalDate day, String from, String to, Integer capacity) {
        return new NewSession(
                SessionKind.TRAINING,
                SessionTopic.FINANCING,
                new LocalizedText("الولوج إلى التمويل", "Accéder au financement", "Access to financing"),
                new LocalizedText(null, "Microcrédit et programmes régionaux", null),
                "Association Al Intilaka",
                day,
                LocalTime.parse(from),
                LocalTime.parse(to),
                "Espace formation",
                capacity,
                "ary",
                true,
                false);
    }

    static NewRegistration person(String name, String phone) {
        return new NewRegistration(name, phone, null, null, null, "ar");
    }

    @Test
    void organiserSchedulesSessionsWithinTheEditionAndIsToldInTheirLanguageOtherwise() throws Exception {
        Edition edition = edition("09");
        Cookie organiser = SignIn.as(mvc, ORGANISER, SignIn.DEMO_PASSWORD);
        String base = "/organise/fairs/" + edition.id() + "/programme";
        mvc.perform(get(base + "/new").cookie(organiser)).andExpect(status().isOk());
        mvc.perform(sessionForm(post(base), today().plusDays(1), "10:00", "12:00", "Espace formation")
                        .cookie(organiser))
                .andExpect(status().is3xxRedirection());
        mvc.perform(sessionForm(post(base), today().plusDays(1), "11:00", "13:00", "espace formation")
                        .cookie(organiser))
                .andExpect(status().is3xxRedirection());
        assertThat(programme.of(edition.id())).hasSize(2);

        String page = mvc.perform(get(base).cookie(organiser).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Accéder au financement", "Conflits dans le programme", "se chevauchent");

        String outside = mvc.perform(sessionForm(post(base), edition.endsOn().plusDays(1), "10:00", "12:00", "Tente")
                        .cookie(organiser)
                        .header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outside).contains("La séance doit avoir lieu pendant l’édition");
        String early = mvc.perform(sessionForm(post(base), today(), "07:00", "08:30", "Tente")
                        .cookie(organiser)
                        .header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(early).contains("ساعات فتح المعرض");
        assertThat(programme.of(edition.id())).hasSize(2);
        // The database holds the rule too, whoever writes.
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into fairs_session (id, edition_id, kind, title_fr, day, starts_at, ends_at, space,
                                  created_at)
                                values (?, ?, 'TRAINING', 'Trop tôt', ?, '07:00', '08:00', 'Tente', now())""")
                        .params(UUID.randomUUID(), edition.id(), today())
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder sessionForm(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            LocalDate day,
            String from,
            String to,
            String space) {
        return request.with(csrf())
                .param("kind", "TRAINING")
                .param("topic", "FINANCING")
                .param("titleAr", "الولوج إلى التمويل")
                .param("titleFr", "Accéder au financement")
                .param("day", day.toString())
                .param("startsAt", from)
                .param("endsAt", to)
                .param("space", space)
                .param("capacity", "30")
                .param("language", "ary")
                .param("registrationOpen", "true");
    }

    @Test
    void anyoneRegistersWithoutAnAccountOnceOnly() throws Exception {
        Edition edition = edition("09");
        UUID sid = programme.create(edition.id(), training(today().plusDays(2), "10:00", "12:00", 20));
        String url = "/fairs/" + edition.slug() + "/programme/" + sid;

        MockHttpServletResponse page = mvc.perform(get(url).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String html = page.getContentAsString();
        assertThat(html).contains("Accéder au financement", "S’inscrire");
        // The edition's own page shows the programme at a glance, linking to the session.
        assertThat(mvc.perform(get("/fairs/" + edition.slug()).header("Accept-Language", "fr"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"overview-programme-title\"", "Accéder au financement", url);
        Cookie session = page.getCookie("SESSION");
        assertThat(session).as("an anonymous session holds the CSRF token").isNotNull();
        String token = csrfOf(html);

        // Without the token, refused.
        mvc.perform(post(url + "/register")
                        .cookie(session)
                        .param("fullName", "Sans Jeton")
                        .param("phone", "0661998877"))
                .andExpect(status().isForbidden());

        String email = "khadija-" + UUID.randomUUID() + "@example.ma";
        String target = mvc.perform(post(url + "/register")
                        .cookie(session)
                        .header("Accept-Language", "fr")
                        .param("_csrf", token)
                        .param("fullName", "Khadija Benali")
                        .param("phone", "06 61 23 45 67")
                        .param("email", email))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(target).isEqualTo(url + "/registered");
        String confirmation = mvc.perform(get(target).cookie(session).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(confirmation).contains("Khadija Benali", "vous êtes inscrit(e)");
        assertThat(notifications.to(email))
                .singleElement()
                .satisfies(n -> assertThat(n.subject()).contains("Inscription confirmée"));
        assertThat(registrations.of(sid)).singleElement().satisfies(r -> {
            assertThat(r.phone()).isEqualTo("+212661234567");
            assertThat(r.accountId()).isNull();
        });

        // The same phone again, written another way: refused, next to the field, in French.
        String again = mvc.perform(post(url + "/register")
                        .cookie(session)
                        .header("Accept-Language", "fr")
                        .param("_csrf", token)
                        .param("fullName", "Khadija B.")
                        .param("phone", "+212661234567"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("Quelqu’un est déjà inscrit à cette séance");
        assertThat(registrations.of(sid)).hasSize(1);

        // The public programme and its API show the seats left; a calendar file is offered.
        assertThat(mvc.perform(get("/fairs/" + edition.slug() + "/programme").header("Accept-Language", "fr"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Accéder au financement", "Reste 19 places");
        mvc.perform(get("/api/v1/fairs/" + edition.slug() + "/programme"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions[0].titleFr").value("Accéder au financement"))
                .andExpect(jsonPath("$.sessions[0].seatsLeft").value(19))
                .andExpect(jsonPath("$.sessions[0].space").value("Espace formation"));
        assertThat(mvc.perform(get(url + "/calendar.ics"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("BEGIN:VEVENT", "UID:" + sid + "@tadamon.ma", "LOCATION:Espace formation");
    }

    @Test
    void signedInPeopleFindTheFormFilledIn() throws Exception {
        Edition edition = edition("09");
        UUID sid = programme.create(edition.id(), training(today().plusDays(2), "14:00", "16:00", null));
        String html = mvc.perform(get("/fairs/" + edition.slug() + "/programme/" + sid)
                        .cookie(SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("value=\"manager@tadamon.ma\"", "name=\"actorId\"");
    }

    @Test
    void theLastThreeSeatsGoToThreeOfTenPeopleRegisteringAtOnce() throws Exception {
        Edition edition = edition("09");
        UUID sid = programme.create(edition.id(), training(today().plusDays(1), "15:00", "17:00", 5));
        registrations.register(sid, person("أمينة الإدريسي", "0662000001"));
        registrations.register(sid, person("Said Ait Ali", "0662000002"));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String phone = "06630000%02d".formatted(i);
                tasks.add(() -> {
                    try {
                        registrations.register(sid, person("Participant " + phone, phone));
                        return true;
                    } catch (InvalidRequestException e) {
                        assertThat(e.messageKey()).isEqualTo("fairs.programme.register.full");
                        return false;
                    }
                });
            }
            int accepted = 0;
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                accepted += result.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
        assertThat(registrations.of(sid)).hasSize(5);
        assertThat(programme.get(sid).seatsLeft()).isZero();
    }

    @Test
    void attendanceIsTakenCertificatesPrintedAndVerified() throws Exception {
        Edition edition = edition("09");
        NewSession planned = training(today().plusDays(1), "10:00", "12:00", 30);
        UUID sid = programme.create(edition.id(), planned);
        Registration khadija = registrations.register(sid, person("خديجة بنعلي", "0664000001"));
        Registration naima = registrations.register(sid, person("Naima El Idrissi", "0664000002"));
        registrations.register(sid, person("Youssef Amrani", "0664000003"));

        Cookie organiser = SignIn.as(mvc, ORGANISER, SignIn.DEMO_PASSWORD);
        String base = "/organise/fairs/" + edition.id() + "/programme/" + sid;
        // Not before the session's day.
        mvc.perform(post(base + "/attendance/all").cookie(organiser).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(registrations.of(sid)).noneMatch(Registration::present);

        // The session was held yesterday after all.
        programme.update(
                sid,
                new NewSession(
                        planned.kind(),
                        planned.topic(),
                        planned.title(),
                        planned.description(),
                        planned.speakers(),
                        today().minusDays(1),
                        planned.startsAt(),
                        planned.endsAt(),
                        planned.space(),
                        planned.capacity(),
                        planned.language(),
                        planned.registrationOpen(),
                        false));

        assertThat(notifications.to("+212664000001"))
                .extracting(n -> n.subject())
                .contains("تغيير موعد جلسة: الولوج إلى التمويل");

        // One checkbox ticked on a phone: htmx posts the form's checked boxes and gets the row back.
        String row = mvc.perform(post(base + "/registrations/" + khadija.id() + "/attendance")
                        .cookie(organiser)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("present", khadija.id().toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(row).startsWith("<tr").contains("checked", "خديجة بنعلي");
        assertThat(registrations.get(khadija.id()).present()).isTrue();
        assertThat(registrations.get(naima.id()).present()).isFalse();

        mvc.perform(post(base + "/attendance/all").cookie(organiser).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Youssef was not there after all: unticked, the form carries the other two.
        mvc.perform(post(base + "/attendance")
                        .cookie(organiser)
                        .with(csrf())
                        .param("present", khadija.id().toString(), naima.id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(registrations.of(sid)).filteredOn(Registration::present).hasSize(2);

        mvc.perform(post(base + "/certificates").cookie(organiser).with(csrf())).andExpect(status().is3xxRedirection());
        Registration certified = registrations.get(khadija.id());
        assertThat(certified.certificateNo()).matches("TDM-\\d{4}-\\d{6}");
        assertThat(certified.verificationCode()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThatThrownBy(() -> registrations.setAttendance(sid, khadija.id(), false))
                .isInstanceOf(InvalidRequestException.class);

        byte[] pdf = mvc.perform(get(base + "/certificates.pdf").cookie(organiser))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Attestation de participation",
                            "Naima El Idrissi",
                            certified.certificateNo(),
                            certified.verificationCode(),
                            "Accéder au financement");
            assertThat(SearchText.normalize(text)).contains(SearchText.normalize("خديجة بنعلي"));
            assertThat(SearchText.normalize(text)).contains(SearchText.normalize("شهادة مشاركة"));
        }
        byte[] one = mvc.perform(get(base + "/registrations/" + khadija.id() + "/certificate.pdf")
                        .cookie(organiser))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(one)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }

        String csv = mvc.perform(get(base + "/registrations.csv").cookie(organiser))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("full_name,phone", "\"Youssef Amrani\",\"+212664000003\"", certified.certificateNo());

        String verification = mvc.perform(get("/fairs/certificates/"
                                + certified.verificationCode().toLowerCase())
                        .header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(verification).contains("Cette attestation est authentique", "خ. ب.", "Accéder au financement");
        assertThat(verification).doesNotContain("خديجة بنعلي");
        mvc.perform(get("/fairs/certificates/AAAAA-BBBBB")).andExpect(status().isNotFound());

        assertThat(figures.of(edition.id())).isEqualTo(new ProgrammeFigures.Figures(1, 1, 3, 2, 2));
    }

    @Test
    void figuresCountHeldSessionsOnly() {
        Edition edition = edition("09");
        UUID held = programme.create(edition.id(), training(today().plusDays(1), "10:00", "12:00", 10));
        registrations.register(held, person("Hanane Skalli", "0665000001"));
        NewSession evening = new NewSession(
                SessionKind.CULTURAL,
                null,
                new LocalizedText("أمسية أحواش", "Soirée ahwach", null),
                new LocalizedText(null, null, null),
                null,
                today().plusDays(1),
                LocalTime.of(19, 0),
                LocalTime.of(21, 0),
                "Scène culturelle",
                null,
                "zgh",
                true,
                false);
        programme.create(edition.id(), evening);
        UUID cancelled = programme.create(edition.id(), training(today().plusDays(2), "10:00", "12:00", 10));
        registrations.register(cancelled, person("Omar Bennani", "0665000002"));
        programme.cancel(cancelled);
        programme.create(
                edition.id(),
                new NewSession(
                        SessionKind.WORKSHOP,
                        SessionTopic.PACKAGING,
                        new LocalizedText(null, "Atelier brouillon", null),
                        new LocalizedText(null, null, null),
                        null,
                        today().plusDays(3),
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        "Espace formation",
                        10,
                        "fr",
                        true,
                        true));
        assertThat(figures.of(edition.id())).isEqualTo(new ProgrammeFigures.Figures(2, 1, 1, 0, 0));
    }

    @Test
    void cancellingASessionKeepsItWhenPeopleRegisteredAndTellsThem() throws Exception {
        Edition edition = edition("09");
        UUID empty = programme.create(edition.id(), training(today().plusDays(1), "10:00", "11:00", null));
        UUID full = programme.create(edition.id(), training(today().plusDays(1), "14:00", "15:00", null));
        String email = "cancel-" + UUID.randomUUID() + "@example.ma";
        registrations.register(full, new NewRegistration("Rachida Ouhmane", null, email, null, null, "fr"));
        Cookie organiser = SignIn.as(mvc, ORGANISER, SignIn.DEMO_PASSWORD);
        String base = "/organise/fairs/" + edition.id() + "/programme/";
        mvc.perform(post(base + empty + "/cancel").cookie(organiser).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + full + "/cancel").cookie(organiser).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(programme.find(empty)).isEmpty();
        assertThat(programme.get(full).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(notifications.to(email))
                .extracting(n -> n.subject())
                .containsExactly(
                        "Inscription confirmée : Accéder au financement", "Séance annulée : Accéder au financement");
        assertThatThrownBy(() -> registrations.register(full, person("Trop Tard", "0665000099")))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anOrganiserOfSoussMassaCannotTouchAFesMeknesProgramme() throws Exception {
        Edition fes = edition("03");
        Cookie organiser = SignIn.as(mvc, ORGANISER, SignIn.DEMO_PASSWORD);
        String base = "/organise/fairs/" + fes.id() + "/programme";
        mvc.perform(get(base).cookie(organiser)).andExpect(status().isForbidden());
        mvc.perform(sessionForm(post(base), today(), "10:00", "12:00", "Tente").cookie(organiser))
                .andExpect(status().isForbidden());
        assertThat(programme.of(fes.id())).isEmpty();
        mvc.perform(get(base).cookie(SignIn.admin(mvc))).andExpect(status().isOk());
    }

    @Test
    void draftsStayWithTheOrganisersUntilPublished() throws Exception {
        Edition edition = edition("09");
        NewSession t = training(today().plusDays(1), "10:00", "12:00", 10);
        UUID draft = programme.create(
                edition.id(),
                new NewSession(
                        t.kind(),
                        t.topic(),
                        new LocalizedText(null, "Séance en brouillon", null),
                        t.description(),
                        t.speakers(),
                        t.day(),
                        t.startsAt(),
                        t.endsAt(),
                        t.space(),
                        t.capacity(),
                        t.language(),
                        true,
                        true));
        mvc.perform(get("/fairs/" + edition.slug() + "/programme/" + draft)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/fairs/" + edition.slug() + "/programme"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Séance en brouillon");
        mvc.perform(post("/organise/fairs/" + edition.id() + "/programme/publish")
                        .cookie(SignIn.as(mvc, ORGANISER, SignIn.DEMO_PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fairs/" + edition.slug() + "/programme/" + draft).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
    }

    static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token in the page");
        }
        return matcher.group(1);
    }
}
