package ma.tadamon.identity.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after {@code max-failures} failed sign-ins for one identifier within
 * the window, that identifier is refused until the window has passed since the last failure.
 * Counted in the database, so every instance agrees; unknown identifiers count too, so the answer
 * does not reveal which accounts exist.
 */
@Service
@Transactional
class LoginThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            @Value("${tadamon.security.login.max-failures:5}") int maxFailures,
            @Value("${tadamon.security.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean isBlocked(String identifier) {
        return jdbc.sql("""
                        select count(*) from identity_login_failure
                        where identifier = ? and failed_at > now() - cast(? as interval)""")
                        .params(identifier, window.toSeconds() + " seconds")
                        .query(Long.class)
                        .single()
                >= maxFailures;
    }

    void recordFailure(String identifier, String remoteAddress) {
        jdbc.sql("insert into identity_login_failure (identifier, failed_at, remote_addr) values (?, now(), ?)")
                .params(identifier, remoteAddress)
                .update();
    }

    void recordSuccess(String identifier) {
        jdbc.sql("delete from identity_login_failure where identifier = ?")
                .param(identifier)
                .update();
        jdbc.sql("update identity_account set last_login_at = now() where email = ? or phone = ?")
                .params(identifier, identifier)
                .update();
    }
}
