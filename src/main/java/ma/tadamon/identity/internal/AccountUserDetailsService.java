package ma.tadamon.identity.internal;

import java.util.List;
import java.util.UUID;
import ma.tadamon.identity.AccountIdentifier;
import ma.tadamon.identity.Grant;
import ma.tadamon.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account named by an e-mail or a mobile number, with its grants. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        AccountIdentifier identifier;
        try {
            identifier = AccountIdentifier.parse(username);
        } catch (IllegalArgumentException e) {
            throw new UsernameNotFoundException("unknown");
        }
        record Row(UUID id, String displayName, String passwordHash, boolean enabled) {}
        Row row = jdbc.sql(
                        "select id, display_name, password_hash, enabled from identity_account where email = ? or phone = ?")
                .params(
                        identifier.email(),
                        identifier.phone() == null ? null : identifier.phone().e164())
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        List<Grant> grants = jdbc.sql(
                        "select id, role_code as role, party_id, territory_id from identity_grant where account_id = ? order by id")
                .param(row.id())
                .query(Grant.class)
                .list();
        return new SignedInUser(
                row.id(), identifier.value(), row.displayName(), row.passwordHash(), row.enabled(), grants);
    }
}
