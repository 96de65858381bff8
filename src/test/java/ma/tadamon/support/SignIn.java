package ma.tadamon.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in through the real login form and returns the session cookie (sessions live in the
 * database through Spring Session, as in production).
 */
public final class SignIn {

    public static final String DEMO_PASSWORD = "tadamon-demo";

    private SignIn() {}

    public static Cookie as(MockMvc mvc, String identifier, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login")
                        .userParameter("identifier")
                        .user(identifier)
                        .password(password))
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("error")) {
            throw new AssertionError("Sign-in failed for " + identifier + ": " + target);
        }
        Cookie session = result.getResponse().getCookie("SESSION");
        if (session == null) {
            throw new AssertionError("No session cookie after sign-in");
        }
        return session;
    }

    public static Cookie admin(MockMvc mvc) throws Exception {
        return as(mvc, "admin@tadamon.ma", DEMO_PASSWORD);
    }
}
