package ma.tadamon.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A cooperative's managers keep its record, members, share register and governance. */
@IntegrationTest
class ManageActorIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Actors actors;

    @Autowired
    Members members;

    @Autowired
    Territories territories;

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;

    Cookie manager() throws Exception {
        return SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
    }

    static String validRib() {
        String body = "0117800000123456789012";
        int key = 97
                - new BigInteger(body)
                        .multiply(BigInteger.valueOf(100))
                        .mod(BigInteger.valueOf(97))
                        .intValue();
        return body + String.format("%02d", key);
    }

    @Test
    void theManagerUpdatesHerCooperativesRecordAndItIsAudited() throws Exception {
        mvc.perform(post("/manage/" + TIFAWIN)
                        .cookie(manager())
                        .with(csrf())
                        .param("phone", "0528 12 34 56")
                        .param("storyFr", "Des femmes d’Aourir.")
                        .param("rib", validRib())
                        .param("address", "Douar Tifawin, Aourir"))
                .andExpect(status().isFound());
        assertThat(actors.find(TIFAWIN).orElseThrow().phone()).isEqualTo("+212528123456");
        assertThat(actors.rib(TIFAWIN)).hasValue(validRib());
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_id = ? and action = 'UPDATE'")
                        .param(TIFAWIN.toString())
                        .query(Long.class)
                        .single())
                .isPositive();
        // the bank details never show on the public page
        mvc.perform(get("/actors/" + TIFAWIN))
                .andExpect(content().string(Matchers.not(Matchers.containsString(validRib()))));
        mvc.perform(post("/manage/" + TIFAWIN)
                        .cookie(manager())
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("rib", validRib().substring(0, 22) + "00"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The RIB key (last two digits) does not match")));
    }

    @Test
    void aManagerCannotTouchAnotherCooperative() throws Exception {
        UUID other = DemoPartyIds.of("coop-nahl-taounate");
        Cookie me = manager();
        mvc.perform(get("/manage/" + other).cookie(me)).andExpect(status().isForbidden());
        mvc.perform(get("/manage/" + other + "/members").cookie(me)).andExpect(status().isForbidden());
        mvc.perform(post("/manage/" + other).cookie(me).with(csrf()).param("phone", "0612345678"))
                .andExpect(status().isForbidden());
        // a registrar of Guelmim-Oued Noun neither: the cooperative is in Souss-Massa
        Cookie registrar = SignIn.as(mvc, "registrar@tadamon.ma", SignIn.DEMO_PASSWORD);
        mvc.perform(get("/manage/" + TIFAWIN + "/members").cookie(registrar)).andExpect(status().isForbidden());
        mvc.perform(get("/manage/" + DemoPartyIds.of("coop-asrir-tissage") + "/members")
                        .cookie(registrar))
                .andExpect(status().isOk());
    }

    @Test
    void readingMembersIsLoggedAndAMembersDataCanBeExportedAndErased() throws Exception {
        UUID actor = DemoPartyIds.of("coop-amal-drargua");
        Cookie admin = SignIn.admin(mvc);
        long reads = jdbc.sql("select count(*) from platform_audit_log where entity_id = ? and action = 'READ_MEMBERS'")
                .param(actor.toString())
                .query(Long.class)
                .single();
        mvc.perform(get("/manage/" + actor + "/members").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hafida Ouchrif")));
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_id = ? and action = 'READ_MEMBERS'")
                        .param(actor.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(reads + 1);

        UUID member = members.add(
                actor,
                new NewMember(
                        "Karima Test",
                        "F",
                        1995,
                        "JB123456",
                        "0661999888",
                        MemberRole.MEMBER,
                        LocalDate.now(),
                        "Registre des membres"));
        mvc.perform(get("/manage/" + actor + "/members/" + member + "/data").cookie(admin))
                .andExpect(jsonPath("$.member.fullName").value("Karima Test"))
                .andExpect(jsonPath("$.member.nationalId").value("JB123456"));
        int before = members.stats(actor).total();
        mvc.perform(post("/manage/" + actor + "/members/" + member + "/erase")
                        .cookie(admin)
                        .with(csrf())
                        .param("confirm", "true"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql(
                                "select full_name || coalesce(national_id, '') || coalesce(phone, '') from registry_member where id = ?")
                        .param(member)
                        .query(String.class)
                        .single())
                .isEqualTo("—");
        assertThat(members.stats(actor).total()).isEqualTo(before);
    }

    @Test
    void sharesNeverGoNegativeAndTheJournalExplainsTheHoldings() throws Exception {
        long commune = territories.byCode("03.531.01.09").orElseThrow().id();
        UUID actor = actors.register(NewActor.of(
                        ActorType.COOPERATIVE,
                        "تعاونية الحصص",
                        "Coopérative des parts " + UUID.randomUUID(),
                        "FIGS",
                        commune))
                .id();
        UUID a = members.add(
                actor,
                new NewMember("Amina", "F", 1990, null, null, MemberRole.PRESIDENT, LocalDate.now(), "Registre"));
        UUID b = members.add(
                actor, new NewMember("Badr", "M", 1988, null, null, MemberRole.MEMBER, LocalDate.now(), "Registre"));
        Cookie admin = SignIn.admin(mvc);
        String today = LocalDate.now().toString();
        mvc.perform(post("/manage/" + actor + "/shares")
                        .cookie(admin)
                        .with(csrf())
                        .param("kind", "SUBSCRIPTION")
                        .param("memberId", a.toString())
                        .param("count", "5")
                        .param("on", today))
                .andExpect(status().isFound());
        mvc.perform(post("/manage/" + actor + "/shares")
                        .cookie(admin)
                        .with(csrf())
                        .param("kind", "TRANSFER")
                        .param("memberId", a.toString())
                        .param("toMemberId", b.toString())
                        .param("count", "3")
                        .param("on", today))
                .andExpect(status().isFound());
        mvc.perform(post("/manage/" + actor + "/shares")
                        .cookie(admin)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("kind", "TRANSFER")
                        .param("memberId", a.toString())
                        .param("toMemberId", b.toString())
                        .param("count", "3")
                        .param("on", today))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("does not hold that many shares")));
        mvc.perform(post("/manage/" + actor + "/shares")
                        .cookie(admin)
                        .with(csrf())
                        .param("kind", "EXIT")
                        .param("memberId", b.toString())
                        .param("count", "3")
                        .param("amount", "0")
                        .param("on", today))
                .andExpect(status().isFound());
        assertThat(jdbc.sql(
                                "select string_agg(m.full_name || '=' || h.shares, ',' order by m.full_name) from registry_share_holding h"
                                        + " join registry_member m on m.id = h.member_id where h.actor_id = ?")
                        .param(actor)
                        .query(String.class)
                        .single())
                .isEqualTo("Amina=2,Badr=0");
        assertThat(jdbc.sql("select count(*) from registry_share_movement where actor_id = ?")
                        .param(actor)
                        .query(Long.class)
                        .single())
                .as("subscription, transfer out and in, exit; the refused transfer left nothing")
                .isEqualTo(4);
    }

    @Test
    void anOrdinaryAssemblyMeetsTheYearsObligationAndTheRestShowLate() throws Exception {
        UUID actor = DemoPartyIds.of("coop-pam-ghafsai");
        Cookie admin = SignIn.admin(mvc);
        int year = LocalDate.now().getYear() - 1;
        mvc.perform(post("/manage/" + actor + "/assemblies")
                        .cookie(admin)
                        .with(csrf())
                        .param("kind", "ORDINARY")
                        .param("heldOn", LocalDate.now().minusDays(1).toString())
                        .param("fiscalYear", Integer.toString(year))
                        .param("membersPresent", "3")
                        .param("decisions", "Comptes approuvés"))
                .andExpect(status().isFound());
        mvc.perform(get("/manage/" + actor + "/governance")
                        .param("year", Integer.toString(year))
                        .cookie(admin)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Reached")))
                .andExpect(content().string(Matchers.containsString("Comptes approuvés")));
        var obligations = governance.obligations(actor, year);
        assertThat(obligations)
                .filteredOn(o -> o.code().equals("ORDINARY_ASSEMBLY"))
                .singleElement()
                .satisfies(o -> assertThat(o.doneOn()).isNotNull());
        assertThat(obligations)
                .filteredOn(o -> o.code().equals("ANNUAL_REPORT_FILED"))
                .singleElement()
                .satisfies(o -> assertThat(o.late()).isEqualTo(LocalDate.now().isAfter(o.due())));
        mvc.perform(post("/manage/" + actor + "/assemblies")
                        .cookie(admin)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("kind", "ORDINARY")
                        .param("heldOn", LocalDate.now().minusDays(1).toString())
                        .param("membersPresent", "99"))
                .andExpect(content().string(Matchers.containsString("The members present are between 0 and")));
    }

    @Autowired
    Governance governance;

    @Test
    void photosAreResizedOnUploadAndServedToEveryone() throws Exception {
        var image = new java.awt.image.BufferedImage(2000, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        UUID actor = DemoPartyIds.of("coop-tmour-taghjijt");
        Cookie admin = SignIn.admin(mvc);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/manage/" + actor + "/media")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "palm.png", "image/png", png.toByteArray()))
                        .param("kind", "PHOTO")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isFound());
        UUID media = jdbc.sql(
                        "select id from registry_actor_media where actor_id = ? and kind = 'PHOTO' order by uploaded_at desc limit 1")
                .param(actor)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select width || 'x' || height from registry_actor_media where id = ?")
                        .param(media)
                        .query(String.class)
                        .single())
                .isEqualTo("1024x512");
        mvc.perform(get("/actors/" + actor + "/media/" + media))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", Matchers.containsString("max-age=31536000")));
        mvc.perform(get("/actors/" + actor)).andExpect(content().string(Matchers.containsString("/media/" + media)));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/manage/" + actor + "/media")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "x.png", "image/png", "not an image".getBytes()))
                        .param("kind", "PHOTO")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("mediaError", "validation.media.notImage"));
    }

    @Test
    void otherLegalIdentifiersAreKeptWithTheirAuthorityAndShownPublicly() throws Exception {
        UUID actor = DemoPartyIds.of("coop-zitoun-karia");
        Cookie admin = SignIn.admin(mvc);
        mvc.perform(post("/manage/" + actor + "/identifiers")
                        .cookie(admin)
                        .with(csrf())
                        .param("kind", "IF")
                        .param("value", "45123987")
                        .param("authority", "DGI Taounate")
                        .param("issuedOn", "2019-03-01"))
                .andExpect(status().isFound());
        mvc.perform(post("/manage/" + actor + "/identifiers")
                        .cookie(admin)
                        .with(csrf())
                        .param("kind", "IF")
                        .param("value", "45123987"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("identifierError", "validation.identifier.exists"));
        mvc.perform(get("/actors/" + actor).header("Accept-Language", "fr"))
                .andExpect(content().string(Matchers.containsString("Identifiant fiscal (IF)")))
                .andExpect(content().string(Matchers.containsString("45123987")));
        mvc.perform(post("/manage/" + actor + "/identifiers")
                        .cookie(manager())
                        .with(csrf())
                        .param("kind", "RC")
                        .param("value", "1"))
                .andExpect(status().isForbidden());
    }
}
