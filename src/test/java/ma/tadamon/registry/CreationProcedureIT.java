package ma.tadamon.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.RecordingNotifications;
import ma.tadamon.support.SignIn;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A founder creates a cooperative online; the registrar approves and registers it. */
@IntegrationTest
class CreationProcedureIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreationRequests requests;

    @Autowired
    RecordingNotifications.Recorder notifications;

    Cookie founder(String email) throws Exception {
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("displayName", "Hind Founder")
                        .param("identifier", email)
                        .param("password", "founder-pass-1")
                        .param("confirm", "founder-pass-1")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isFound());
        return SignIn.as(mvc, email, "founder-pass-1");
    }

    UUID start(Cookie me) throws Exception {
        String location = mvc.perform(post("/creation").cookie(me).with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.split("/")[2]);
    }

    @Test
    void aFounderCreatesACooperativeAndTheRegistrarRegistersIt() throws Exception {
        String email = "founder-" + UUID.randomUUID() + "@example.ma";
        Cookie me = founder(email);
        UUID id = start(me);
        String base = "/creation/" + id;
        long asrir = jdbc.sql("select id from geo_territory where code = '10.261.05.05'")
                .query(Long.class)
                .single();

        mvc.perform(post(base + "/step/1")
                .cookie(me)
                .with(csrf())
                .param("nameAr", "تعاونية نساء أسرير للكسكس")
                .param("nameFr", "Coopérative des femmes d’Asrir pour le couscous")
                .param("then", "next"));
        mvc.perform(post(base + "/step/2")
                .cookie(me)
                .with(csrf())
                .param("object", "Production de couscous roulé à la main")
                .param("valueChain", "COUSCOUS")
                .param("communeId", Long.toString(asrir))
                .param("then", "next"));
        var founders = post(base + "/step/3").cookie(me).with(csrf()).param("then", "next");
        String[][] people = {
            {"Fadma Aznag", "F", "1985", "PRESIDENT", "0662000001"},
            {"Itto Oubella", "F", "1990", "TREASURER", ""},
            {"Rkia Id Hssain", "F", "1998", "SECRETARY", ""},
            {"Aicha Bouhou", "F", "2000", "MEMBER", ""},
            {"Mohamed Aznag", "M", "1979", "MEMBER", ""}
        };
        for (int i = 0; i < people.length; i++) {
            founders.param("founders[" + i + "].fullName", people[i][0])
                    .param("founders[" + i + "].gender", people[i][1])
                    .param("founders[" + i + "].birthYear", people[i][2])
                    .param("founders[" + i + "].role", people[i][3])
                    .param("founders[" + i + "].phone", people[i][4]);
        }
        founders.param("founders[5].fullName", "").param("founders[5].gender", "");
        mvc.perform(founders).andExpect(status().isFound());

        // the connection drops here: the founder comes back later, the draft is intact
        mvc.perform(get(base + "/step/3").cookie(founder2(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Rkia Id Hssain\"")));
        mvc.perform(get(base).cookie(me).header("Accept-Language", "fr"))
                .andExpect(content().string(Matchers.containsString("Le capital doit atteindre au moins 1")));

        mvc.perform(post(base + "/step/4")
                .cookie(me)
                .with(csrf())
                .param("shareValue", "100")
                .param("shares[0]", "4")
                .param("shares[1]", "2")
                .param("shares[2]", "2")
                .param("shares[3]", "1")
                .param("shares[4]", "1")
                .param("then", "next"));
        mvc.perform(get(base + "/statutes").cookie(me))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Le capital social initial est de 1")))
                .andExpect(content().string(Matchers.containsString("تعاونية نساء أسرير للكسكس")));
        mvc.perform(get(base + "/minutes").cookie(me))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Fadma Aznag")));
        mvc.perform(post(base + "/step/5")
                .cookie(me)
                .with(csrf())
                .param("accepted", "true")
                .param("then", "next"));
        mvc.perform(post(base + "/step/6")
                .cookie(me)
                .with(csrf())
                .param("date", "2026-10-15")
                .param("place", "Asrir")
                .param("then", "next"));
        for (String kind : new String[] {"NAME_CERTIFICATE", "FOUNDER_ID", "SIGNED_STATUTES", "BANK_CERTIFICATE"}) {
            mvc.perform(multipart(base + "/documents")
                            .file(new MockMultipartFile("file", kind + ".pdf", "application/pdf", PDF))
                            .param("kind", kind)
                            .cookie(me)
                            .with(csrf()))
                    .andExpect(status().isFound());
        }
        assertThat(requests.problems(id)).isEmpty();
        mvc.perform(post(base + "/submit").cookie(me).with(csrf())).andExpect(status().isFound());

        // once submitted, the founder can no longer change it
        mvc.perform(post(base + "/step/1").cookie(me).with(csrf()).param("nameFr", "Autre"))
                .andExpect(status().isForbidden());

        Cookie registrar = SignIn.as(mvc, "registrar@tadamon.ma", SignIn.DEMO_PASSWORD);
        mvc.perform(get("/registry/requests").cookie(registrar))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                requests.find(id).orElseThrow().fileNumber())));
        mvc.perform(post("/registry/requests/" + id + "/approve")
                        .cookie(registrar)
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(notifications.to(email))
                .anySatisfy(n -> assertThat(n.subject()).contains("approuvé"));
        String actorUrl = mvc.perform(post("/registry/requests/" + id + "/register")
                        .cookie(registrar)
                        .with(csrf())
                        .param("registrationNumber", "RC-GLM-2026-117")
                        .param("court", "Tribunal de première instance de Guelmim"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID actor = UUID.fromString(actorUrl.substring("/actors/".length()));

        assertThat(jdbc.sql("select count(*) from registry_member where actor_id = ?")
                        .param(actor)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select women_led from registry_actor where party_id = ?")
                        .param(actor)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select registration_number from registry_actor where party_id = ?")
                        .param(actor)
                        .query(String.class)
                        .single())
                .isEqualTo("RC-GLM-2026-117");
        // the president gets a manager account for her cooperative, invited by SMS
        assertThat(jdbc.sql("""
                        select count(*) from identity_grant g join identity_account a on a.id = g.account_id
                        where a.phone = '+212662000001' and g.role_code = 'COOP_MANAGER' and g.party_id = ?""").param(actor).query(Long.class).single()).isEqualTo(1);
        assertThat(notifications.to("+212662000001")).isNotEmpty();
        assertThat(notifications.to(email)).anySatisfy(n -> assertThat(n.body()).contains("RC-GLM-2026-117"));
        mvc.perform(get("/api/v1/actors").param("q", "couscous asrir"))
                .andExpect(content().string(Matchers.containsString(actor.toString())));
        mvc.perform(get(base).cookie(me).header("Accept-Language", "fr"))
                .andExpect(content().string(Matchers.containsString("Immatriculée")));
    }

    Cookie founder2(String email) throws Exception {
        return SignIn.as(mvc, email, "founder-pass-1"); // another device: a new session
    }

    @Test
    void anIncompleteRequestCannotBeSubmittedAndSaysWhatIsMissing() throws Exception {
        Cookie me = founder("incomplete-" + UUID.randomUUID() + "@example.ma");
        UUID id = start(me);
        mvc.perform(
                post("/creation/" + id + "/step/1").cookie(me).with(csrf()).param("nameFr", "Coopérative incomplète"));
        mvc.perform(get("/creation/" + id).cookie(me).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("At least 5 founders are needed (0 entered).")))
                .andExpect(content().string(Matchers.containsString("Upload the signed statutes.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Propose a name"))));
        mvc.perform(post("/creation/" + id + "/submit").cookie(me).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyTheApplicantAndRegistrarsSeeARequest() throws Exception {
        Cookie me = founder("owner-" + UUID.randomUUID() + "@example.ma");
        UUID id = start(me);
        Cookie other = founder("other-" + UUID.randomUUID() + "@example.ma");
        mvc.perform(get("/creation/" + id).cookie(other)).andExpect(status().isForbidden());
        mvc.perform(post("/creation/" + id + "/step/1")
                        .cookie(other)
                        .with(csrf())
                        .param("nameFr", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registry/requests").cookie(other)).andExpect(status().isForbidden());
        mvc.perform(get("/creation/" + id).cookie(SignIn.as(mvc, "registrar@tadamon.ma", SignIn.DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void similarNamesAreShownAsAdvice() throws Exception {
        Cookie me = founder("similar-" + UUID.randomUUID() + "@example.ma");
        UUID id = start(me);
        mvc.perform(post("/creation/" + id + "/step/1")
                        .cookie(me)
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("nameAr", "تعاونيه تيفاوين لانتاج زيت الاركان")
                        .param("then", "next"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Noms proches déjà au registre")))
                .andExpect(content().string(Matchers.containsString("Coopérative Tifawin")));
    }

    @Test
    void aDocumentOfTheWrongTypeIsRefusedWithAReason() throws Exception {
        Cookie me = founder("doc-" + UUID.randomUUID() + "@example.ma");
        UUID id = start(me);
        mvc.perform(multipart("/creation/" + id + "/documents")
                        .file(new MockMultipartFile("file", "x.exe", "application/x-msdownload", new byte[] {1, 2, 3}))
                        .param("kind", "OTHER")
                        .cookie(me)
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Upload a PDF, JPEG or PNG file.")));
    }
}
