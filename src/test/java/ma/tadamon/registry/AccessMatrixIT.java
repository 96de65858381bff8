package ma.tadamon.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import ma.tadamon.geo.Territories;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.NewAccount;
import ma.tadamon.identity.Roles;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every write of the registry, called as each kind of person: who may, may; everyone else is
 * refused (401 when not signed in, 403 or the login page otherwise), including the manager of
 * another cooperative and a registrar of another region.
 */
@IntegrationTest
class AccessMatrixIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN; // in Souss-Massa
    static final String PASSWORD = "matrix-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Territories territories;

    @Autowired
    Members members;

    @Autowired
    CreationRequests requests;

    /** Who calls: a name and, for signed-in people, an identifier. */
    record Caller(String name, String identifier) {}

    final Map<String, Caller> callers = new LinkedHashMap<>();

    @BeforeEach
    void people() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        callers.put("anonymous", new Caller("anonymous", null));
        callers.put("member", new Caller("member", "member@tadamon.ma"));
        callers.put("owner", new Caller("owner", "manager@tadamon.ma"));
        callers.put(
                "otherManager",
                new Caller(
                        "otherManager",
                        person(
                                "other-manager-" + suffix,
                                Roles.COOP_MANAGER,
                                DemoPartyIds.of("coop-nahl-taounate"),
                                null)));
        callers.put("registrarElsewhere", new Caller("registrarElsewhere", "registrar@tadamon.ma"));
        callers.put(
                "registrarHere",
                new Caller(
                        "registrarHere",
                        person(
                                "registrar-sm-" + suffix,
                                Roles.REGISTRAR,
                                null,
                                territories.byCode("09").orElseThrow().id())));
        callers.put("admin", new Caller("admin", "admin@tadamon.ma"));
    }

    String person(String name, String role, UUID party, Long territory) {
        String email = name + "@example.ma";
        accounts.create(new NewAccount(name, email, null, "en", role, party, territory), encoder.encode(PASSWORD));
        return email;
    }

    String password(Caller caller) {
        return caller.identifier().endsWith("@tadamon.ma") ? SignIn.DEMO_PASSWORD : PASSWORD;
    }

    /** An API call authenticated with HTTP Basic (no CSRF for header-authenticated calls). */
    MockHttpServletResponse api(Caller caller, MockHttpServletRequestBuilder request) throws Exception {
        if (caller.identifier() != null) {
            request.with(httpBasic(caller.identifier(), password(caller)));
        }
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
    }

    /** A page form post with the caller's session and a CSRF token. */
    MockHttpServletResponse page(Caller caller, MockHttpServletRequestBuilder request) throws Exception {
        if (caller.identifier() != null) {
            Cookie session = SignIn.as(mvc, caller.identifier(), password(caller));
            request.cookie(session);
        }
        return mvc.perform(request.with(csrf()).accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse();
    }

    static boolean refused(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 401
                || response.getStatus() == 403
                || (response.getStatus() == 302 && location != null && location.endsWith("/login"));
    }

    record Endpoint(String name, Set<String> allowed, Function<Caller, MockHttpServletResponse> call) {}

    interface Call {
        MockHttpServletResponse apply(Caller caller) throws Exception;
    }

    static Function<Caller, MockHttpServletResponse> unchecked(Call call) {
        return caller -> {
            try {
                return call.apply(caller);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    UUID newMember() {
        return members.add(
                TIFAWIN,
                new NewMember(
                        "Matrix Member " + UUID.randomUUID(),
                        "F",
                        1990,
                        null,
                        null,
                        MemberRole.MEMBER,
                        LocalDate.now(),
                        "Registre"));
    }

    @Test
    void everyWriteIsAllowedExactlyToThoseWhoMay() {
        Set<String> managers = Set.of("owner", "registrarHere", "admin");
        Set<String> registrars = Set.of("registrarElsewhere", "registrarHere", "admin");
        Set<String> registrarsHere = Set.of("registrarHere", "admin");
        long commune = territories.byCode("09.001.07.03").orElseThrow().id();
        String member = """
                {"fullName":"API Member","gender":"F","birthYear":1992,"consentPurpose":"Registre des membres"}""";
        List<Endpoint> endpoints = List.of(
                new Endpoint(
                        "POST /api/v1/actors",
                        registrars,
                        unchecked(c ->
                                api(c, post("/api/v1/actors").content("""
                        {"type":"ASSOCIATION","nameFr":"Association matrice %s","valueChain":"SERVICES","communeId":%d}""".formatted(UUID.randomUUID(), commune))))),
                new Endpoint(
                        "PATCH /api/v1/actors/{id}",
                        managers,
                        unchecked(c -> api(
                                c,
                                patch("/api/v1/actors/" + TIFAWIN).content("{\"storyFr\":\"Mise à jour par API\"}")))),
                new Endpoint(
                        "GET /api/v1/actors/{id}/members",
                        managers,
                        unchecked(c -> api(c, get("/api/v1/actors/" + TIFAWIN + "/members")))),
                new Endpoint(
                        "POST /api/v1/actors/{id}/members",
                        managers,
                        unchecked(c -> api(
                                c,
                                post("/api/v1/actors/" + TIFAWIN + "/members").content(member)))),
                new Endpoint(
                        "POST /api/v1/actors/{id}/members/{m}/leave",
                        managers,
                        unchecked(
                                c -> api(c, post("/api/v1/actors/" + TIFAWIN + "/members/" + newMember() + "/leave")))),
                new Endpoint(
                        "GET /api/v1/actors/{id}/shares",
                        managers,
                        unchecked(c -> api(c, get("/api/v1/actors/" + TIFAWIN + "/shares")))),
                new Endpoint(
                        "POST /api/v1/actors/{id}/assemblies",
                        managers,
                        unchecked(c -> api(
                                c,
                                post("/api/v1/actors/" + TIFAWIN + "/assemblies")
                                        .content("""
                                {"kind":"EXTRAORDINARY","heldOn":"%s","membersPresent":1}""".formatted(LocalDate.now().minusDays(2)))))),
                new Endpoint(
                        "POST /manage/{id}",
                        managers,
                        unchecked(c -> page(c, post("/manage/" + TIFAWIN).param("storyFr", "Mise à jour par page")))),
                new Endpoint(
                        "POST /manage/{id}/members",
                        managers,
                        unchecked(c -> page(
                                c,
                                post("/manage/" + TIFAWIN + "/members")
                                        .param("fullName", "Page Member")
                                        .param("gender", "F")
                                        .param("role", "MEMBER")
                                        .param("joinedOn", LocalDate.now().toString())
                                        .param("consentPurpose", "Registre")))),
                new Endpoint(
                        "POST /manage/{id}/members/{m}/erase",
                        managers,
                        unchecked(c -> page(
                                c,
                                post("/manage/" + TIFAWIN + "/members/" + newMember() + "/erase")
                                        .param("confirm", "true")))),
                new Endpoint(
                        "POST /manage/{id}/shares",
                        managers,
                        unchecked(c -> page(
                                c,
                                post("/manage/" + TIFAWIN + "/shares")
                                        .param("kind", "SUBSCRIPTION")
                                        .param("memberId", newMember().toString())
                                        .param("count", "1")
                                        .param("on", LocalDate.now().toString())))),
                new Endpoint(
                        "POST /manage/{id}/obligations",
                        managers,
                        unchecked(c -> page(
                                c,
                                post("/manage/" + TIFAWIN + "/obligations")
                                        .param("year", "2024")
                                        .param("code", "ANNUAL_REPORT_FILED")
                                        .param("on", "2025-07-01")))),
                new Endpoint(
                        "POST /manage/{id}/status",
                        registrarsHere,
                        unchecked(c ->
                                page(c, post("/manage/" + TIFAWIN + "/status").param("status", "ACTIVE")))),
                new Endpoint("GET /registry/requests", registrars, unchecked(c -> page(c, get("/registry/requests")))));

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Caller caller : callers.values()) {
                MockHttpServletResponse response = endpoint.call().apply(caller);
                boolean expectedAllowed = endpoint.allowed().contains(caller.name());
                if (expectedAllowed == refused(response) || (expectedAllowed && response.getStatus() >= 400)) {
                    wrong.add(endpoint.name() + " as " + caller.name() + ": " + response.getStatus() + " "
                            + (response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl()));
                }
                if (caller.identifier() == null && endpoint.name().contains("/api/")) {
                    assertThat(response.getStatus())
                            .as(endpoint.name() + " anonymous")
                            .isEqualTo(401);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void creationRequestsAreChangedOnlyByTheirApplicantAndDecidedOnlyByRegistrars() throws Exception {
        Caller applicant = new Caller(
                "applicant",
                person("applicant-" + UUID.randomUUID().toString().substring(0, 8), Roles.ANALYST, null, null));
        String started = api(applicant, post("/api/v1/creation-requests")).getContentAsString();
        UUID request = UUID.fromString(started.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        List<String> wrong = new ArrayList<>();
        for (Caller caller : callers.values()) {
            MockHttpServletResponse edit =
                    page(caller, post("/creation/" + request + "/step/1").param("nameFr", "Intrusion"));
            if (!refused(edit)) {
                wrong.add("edit as " + caller.name() + ": " + edit.getStatus());
            }
            MockHttpServletResponse approve = api(caller, post("/api/v1/creation-requests/" + request + "/approve"));
            boolean registrar =
                    Set.of("registrarElsewhere", "registrarHere", "admin").contains(caller.name());
            // a registrar may decide, but this draft is not submitted: a 422, not a refusal
            if (registrar == refused(approve)) {
                wrong.add("approve as " + caller.name() + ": " + approve.getStatus());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(requests.find(request).orElseThrow().nameFr()).isNull();
        assertThat(page(applicant, post("/creation/" + request + "/step/1").param("nameFr", "Mine"))
                        .getStatus())
                .isEqualTo(302);
    }
}
