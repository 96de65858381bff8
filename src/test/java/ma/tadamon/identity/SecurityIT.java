package ma.tadamon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SecurityIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousVisitorOfAnAdminPageIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void publicPagesNeedNoSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/territories")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/territories")).andExpect(status().isOk());
    }

    @Test
    void memberWithoutAdminRoleIsForbiddenFromAdminPages() throws Exception {
        Cookie member = SignIn.as(mvc, "member@tadamon.ma", SignIn.DEMO_PASSWORD);
        mvc.perform(get("/admin/users").cookie(member)).andExpect(status().isForbidden());
        mvc.perform(get("/account").cookie(member)).andExpect(status().isOk());
    }

    @Test
    void adminReachesAdminPages() throws Exception {
        mvc.perform(get("/admin/users").cookie(SignIn.admin(mvc))).andExpect(status().isOk());
    }

    @Test
    void formPostWithoutCsrfTokenIsRejected() throws Exception {
        Cookie admin = SignIn.admin(mvc);
        mvc.perform(post("/admin/users")
                        .cookie(admin)
                        .param("displayName", "No Token")
                        .param("email", "no-token@example.ma")
                        .param("locale", "fr")
                        .param("role", "ANALYST"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from identity_account where email = 'no-token@example.ma'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void signsInWithAMobileNumberWrittenTheLocalWay() throws Exception {
        mvc.perform(formLogin("/login")
                        .userParameter("identifier")
                        .user("06 61 00 00 01")
                        .password(SignIn.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordSendsBackToTheLoginPageWithAnError() throws Exception {
        mvc.perform(formLogin("/login")
                        .userParameter("identifier")
                        .user("analyst@tadamon.ma")
                        .password("not-the-password"))
                .andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void repeatedFailuresThrottleSignInEvenWithTheRightPassword() throws Exception {
        String email = "throttle-" + UUID.randomUUID() + "@example.ma";
        accounts.create(
                new NewAccount("Throttle", email, null, "fr", Roles.ANALYST, null, null),
                encoder.encode("right-password-1"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login")
                            .userParameter("identifier")
                            .user(email)
                            .password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(formLogin("/login").userParameter("identifier").user(email).password("right-password-1"))
                .andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        String email = "disabled-" + UUID.randomUUID() + "@example.ma";
        UUID id = accounts.create(
                new NewAccount("Disabled", email, null, "fr", Roles.ANALYST, null, null),
                encoder.encode("right-password-1"));
        jdbc.sql("update identity_account set enabled = false where id = ?")
                .param(id)
                .update();
        mvc.perform(formLogin("/login").userParameter("identifier").user(email).password("right-password-1"))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void apiAnswers401WithoutCredentialsAndAcceptsHttpBasic() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic("officer@tadamon.ma", SignIn.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grants[0].role").value("PROGRAMME_OFFICER"))
                .andExpect(jsonPath("$.grants[0].partyId").isNotEmpty());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from identity_account where email = 'admin@tadamon.ma'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2");
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Cookie admin = SignIn.admin(mvc);
        mvc.perform(post("/logout").cookie(admin).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound());
        mvc.perform(get("/admin/users").cookie(admin).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound());
    }
}
