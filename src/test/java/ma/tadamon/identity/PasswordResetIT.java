package ma.tadamon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import ma.tadamon.platform.notify.Notification;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.RecordingNotifications;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PasswordResetIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    RecordingNotifications.Recorder notifications;

    @Test
    void forgottenPasswordIsResetThroughTheEmailedLink() throws Exception {
        String email = "reset-" + UUID.randomUUID() + "@example.ma";
        accounts.create(
                new NewAccount(
                        "Zahra", email, null, "fr", Roles.MEMBER, ma.tadamon.party.DemoPartyIds.COOP_TIFAWIN, null),
                encoder.encode("old-password-1"));

        mvc.perform(post("/password/forgot")
                        .param("identifier", email.toUpperCase())
                        .with(csrf()))
                .andExpect(status().isOk());
        Notification sent = notifications.to(email).get(0);
        assertThat(sent.channel()).isEqualTo(Notification.Channel.EMAIL);
        assertThat(sent.subject()).contains("mot de passe"); // in the account's language
        String token = notifications.lastToken(email);

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"password\"")));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "new-password-2")
                        .param("confirm", "new-password-2"))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(formLogin("/login").userParameter("identifier").user(email).password("old-password-1"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(formLogin("/login").userParameter("identifier").user(email).password("new-password-2"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aResetLinkWorksOnlyOnce() throws Exception {
        String email = "once-" + UUID.randomUUID() + "@example.ma";
        accounts.create(
                new NewAccount("Once", email, null, "en", Roles.ANALYST, null, null), encoder.encode("old-password-1"));
        mvc.perform(post("/password/forgot").param("identifier", email).with(csrf()))
                .andExpect(status().isOk());
        String token = notifications.lastToken(email);
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "first-choice-1")
                        .param("confirm", "first-choice-1"))
                .andExpect(redirectedUrl("/login?reset"));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("token", token)
                        .param("password", "second-choice-2")
                        .param("confirm", "second-choice-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("no longer valid")));
    }

    @Test
    void tooShortOrMismatchedPasswordsAreExplainedNextToTheField() throws Exception {
        String email = "short-" + UUID.randomUUID() + "@example.ma";
        accounts.create(
                new NewAccount("Short", email, null, "ar", Roles.ANALYST, null, null),
                encoder.encode("old-password-1"));
        mvc.perform(post("/password/forgot").param("identifier", email).with(csrf()));
        String token = notifications.lastToken(email);
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("token", token)
                        .param("password", "short")
                        .param("confirm", "short"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("Le mot de passe doit compter de 10 à 128 caractères.")));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("token", token)
                        .param("password", "long-enough-1")
                        .param("confirm", "long-enough-2"))
                .andExpect(content().string(Matchers.containsString("Les deux mots de passe diffèrent.")));
        // the token was not spent by the failed attempts
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "long-enough-1")
                        .param("confirm", "long-enough-1"))
                .andExpect(redirectedUrl("/login?reset"));
    }

    @Test
    void unknownIdentifierGetsTheSameAnswerAndNoMessage() throws Exception {
        int before = notifications.to("nobody@example.ma").size();
        mvc.perform(post("/password/forgot")
                        .param("identifier", "nobody@example.ma")
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("If an account uses this address")));
        assertThat(notifications.to("nobody@example.ma")).hasSize(before);
    }
}
