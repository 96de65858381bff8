package ma.tadamon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.RecordingNotifications;
import ma.tadamon.support.SignIn;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminUsersIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingNotifications.Recorder notifications;

    @Test
    void adminInvitesAManagerOfHerCooperativeAndTheWriteIsAudited() throws Exception {
        Cookie admin = SignIn.admin(mvc);
        String phone = "07" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
        mvc.perform(post("/admin/users")
                        .cookie(admin)
                        .with(csrf())
                        .param("displayName", "Hafsa Tifawin")
                        .param("phone", phone)
                        .param("locale", "ar")
                        .param("role", "COOP_MANAGER")
                        .param("partyId", DemoPartyIds.COOP_TIFAWIN.toString()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/admin/users/*"));

        String e164 = "+212" + phone.substring(1);
        UUID id = jdbc.sql("select id from identity_account where phone = ?")
                .param(e164)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select role_code from identity_grant where account_id = ? and party_id = ?")
                        .params(id, DemoPartyIds.COOP_TIFAWIN)
                        .query(String.class)
                        .list())
                .containsExactly("COOP_MANAGER");
        assertThat(jdbc.sql(
                                "select account_label || ' ' || action from platform_audit_log where entity_id = ? order by id")
                        .param(id.toString())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "admin@tadamon.ma CREATE", "admin@tadamon.ma GRANT", "admin@tadamon.ma SEND_INVITATION");
        assertThat(jdbc.sql(
                                "select after_state ->> 'phone' from platform_audit_log where entity_id = ? and action = 'CREATE'")
                        .param(id.toString())
                        .query(String.class)
                        .single())
                .isEqualTo(e164);
        // the invitation went by SMS, in Arabic
        assertThat(notifications.to(e164))
                .singleElement()
                .satisfies(n -> assertThat(n.subject()).contains("تضامن"));

        mvc.perform(get("/admin/users/" + id).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hafsa Tifawin")));
        mvc.perform(get("/admin/audit").param("q", e164).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("CREATE")));
    }

    @Test
    void invalidFormIsShownAgainWithErrorsInTheReadersLanguageAndNothingIsSaved() throws Exception {
        Cookie admin = SignIn.admin(mvc);
        long before = jdbc.sql("select count(*) from identity_account")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users")
                        .cookie(admin)
                        .with(csrf())
                        .param("lang", "fr")
                        .param("displayName", "Sans contact")
                        .param("email", "")
                        .param("phone", "0512345678")
                        .param("locale", "fr")
                        .param("role", "ANALYST"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Saisissez un numéro de mobile marocain")))
                .andExpect(content().string(Matchers.containsString("value=\"Sans contact\"")));
        mvc.perform(post("/admin/users")
                        .cookie(admin)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("displayName", "No organisation")
                        .param("email", "no-org-" + UUID.randomUUID() + "@example.ma")
                        .param("locale", "en")
                        .param("role", "COOP_MANAGER"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("needs an organisation")));
        assertThat(jdbc.sql("select count(*) from identity_account")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void adminGrantsAndRevokesARoleAndDisablesAnAccount() throws Exception {
        Cookie admin = SignIn.admin(mvc);
        UUID analyst = jdbc.sql("select id from identity_account where email = 'analyst@tadamon.ma'")
                .query(UUID.class)
                .single();
        long region = jdbc.sql("select id from geo_territory where code = '10'")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/" + analyst + "/grants")
                        .cookie(admin)
                        .with(csrf())
                        .param("role", "ORGANISER")
                        .param("territoryId", Long.toString(region)))
                .andExpect(status().isFound());
        long grant = jdbc.sql("select id from identity_grant where account_id = ? and role_code = 'ORGANISER'")
                .param(analyst)
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/" + analyst + "/grants/" + grant + "/revoke")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select count(*) from identity_grant where id = ?")
                        .param(grant)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select before_state ->> 'role' from platform_audit_log where action = 'REVOKE' and entity_id = ?")
                        .param(analyst.toString())
                        .query(String.class)
                        .list())
                .contains("ORGANISER");
    }

    @Test
    void theAuditLogCannotBeRewritten() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("delete from platform_audit_log").update())
                .hasMessageContaining("append-only");
    }
}
