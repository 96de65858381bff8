package ma.tadamon.identity.internal;

import ma.tadamon.identity.AccountIdentifier;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in, refused while the identifier is throttled; failures and successes are counted. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String identifier = normalized(authentication.getName());
        if (throttle.isBlocked(identifier)) {
            throw new ThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(identifier);
            return result;
        } catch (BadCredentialsException e) {
            String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress()
                    : null;
            throttle.recordFailure(identifier, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String normalized(String raw) {
        try {
            return AccountIdentifier.parse(raw).value();
        } catch (IllegalArgumentException e) {
            return raw.trim().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final class ThrottledException extends LockedException {
        ThrottledException() {
            super("throttled");
        }
    }
}
