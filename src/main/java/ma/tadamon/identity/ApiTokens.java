package ma.tadamon.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.Hashes;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for points of sale and integrations. A token stands for its account, with
 * the account's current grants; it is shown once, kept only as a SHA-256 (a long random token
 * needs no slow hash, unlike a password) and can be revoked at any time. Recognised tokens are
 * remembered for {@value #CACHE_SECONDS} seconds, so a busy till costs no query per call; a
 * revocation or a disabled account takes effect within that time on every instance.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "tdm_";
    static final int CACHE_SECONDS = 30;

    public record Token(
            UUID id,
            String name,
            Instant createdAt,
            @Nullable LocalDate lastUsedOn,
            boolean revoked) {}

    /** A new token: {@code secret} is shown to its owner now and never again. */
    public record Issued(UUID id, String secret) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private final ma.tadamon.platform.RecentCache<SignedInUser> recent =
            new ma.tadamon.platform.RecentCache<>(Duration.ofSeconds(CACHE_SECONDS), 10_000);

    ApiTokens(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Issued issue(UUID accountId, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new InvalidRequestException("name", "validation.token.name");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into identity_api_token (id, account_id, name, token_hash, created_at)
                        values (?, ?, ?, ?, ?)""")
                .params(id, accountId, trimmed, hash(secret), OffsetDateTime.now(clock))
                .update();
        audit.record("CREATE", "apiToken", id, null, Map.of("account", accountId, "name", trimmed));
        return new Issued(id, secret);
    }

    @Transactional(readOnly = true)
    public List<Token> of(UUID accountId) {
        return jdbc.sql("""
                        select id, name, created_at, last_used_on, revoked_at is not null as revoked
                        from identity_api_token where account_id = ? order by created_at desc""")
                .param(accountId)
                .query((rs, n) -> new Token(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_used_on", LocalDate.class),
                        rs.getBoolean("revoked")))
                .list();
    }

    public void revoke(UUID accountId, UUID tokenId) {
        int changed = jdbc.sql("""
                        update identity_api_token set revoked_at = ?
                        where id = ? and account_id = ? and revoked_at is null""")
                .params(OffsetDateTime.now(clock), tokenId, accountId)
                .update();
        if (changed == 0) {
            throw new NotFoundException("token.notFound");
        }
        recent.clear();
        audit.record("REVOKE", "apiToken", tokenId, null, null);
    }

    /** The signed-in user a presented token stands for, if it is a live token of an enabled account. */
    public Optional<SignedInUser> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<SignedInUser> known = recent.get(hash);
        if (known.isPresent()) {
            return known;
        }
        record Row(UUID tokenId, UUID accountId, String identifier, String displayName) {}
        Optional<Row> row = jdbc.sql("""
                        select t.id as token_id, a.id as account_id, coalesce(a.email, a.phone) as identifier,
                               a.display_name
                        from identity_api_token t join identity_account a on a.id = t.account_id
                        where t.token_hash = ? and t.revoked_at is null and a.enabled""").param(hash).query(Row.class).optional();
        if (row.isEmpty()) {
            recent.remove(hash);
            return Optional.empty();
        }
        List<Grant> grants =
                jdbc.sql("""
                        select id, role_code as role, party_id, territory_id from identity_grant
                        where account_id = ? order by id""").param(row.get().accountId()).query(Grant.class).list();
        jdbc.sql("update identity_api_token set last_used_on = ? where id = ? and last_used_on is distinct from ?")
                .params(LocalDate.now(clock), row.get().tokenId(), LocalDate.now(clock))
                .update();
        SignedInUser user = new SignedInUser(
                row.get().accountId(), row.get().identifier(), row.get().displayName(), null, true, grants);
        recent.put(hash, user);
        return Optional.of(user);
    }

    private static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }
}
