package ma.tadamon.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import ma.tadamon.platform.audit.AuditActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request: account, how they signed in, and their grants. Kept in the HTTP
 * session (in the database), so it is serializable and holds no password once signed in.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, AuditActor {

    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String identifier;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final List<Grant> grants;

    public SignedInUser(
            UUID accountId,
            String identifier,
            String displayName,
            @Nullable String passwordHash,
            boolean enabled,
            List<Grant> grants) {
        this.accountId = accountId;
        this.identifier = identifier;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.grants = List.copyOf(grants);
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public String auditLabel() {
        return identifier;
    }

    public String displayName() {
        return displayName;
    }

    public List<Grant> grants() {
        return grants;
    }

    public boolean hasRole(String role) {
        return grants.stream().anyMatch(g -> g.role().equals(role));
    }

    /** True for an admin, or when one of the given roles is granted on exactly this party. */
    public boolean actsFor(UUID partyId, String... roles) {
        if (hasRole(Roles.ADMIN)) {
            return true;
        }
        List<String> wanted = List.of(roles);
        return grants.stream().anyMatch(g -> partyId.equals(g.partyId()) && wanted.contains(g.role()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role()))
                .distinct()
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return identifier;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
