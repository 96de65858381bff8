package ma.tadamon.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.platform.notify.Notification;
import ma.tadamon.platform.notify.NotificationSender;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password: by a one-time link (forgotten password, or invitation of a new account) or
 * by the signed-in user. Links carry a random token of which only a hash is stored; a reset link
 * lasts an hour, an invitation a week, and either works once.
 */
@Service
@Transactional
public class PasswordSetting {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Duration RESET_VALIDITY = Duration.ofHours(1);
    private static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final NotificationSender sender;
    private final MessageSource messages;
    private final AuditLog audit;

    PasswordSetting(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            NotificationSender sender,
            MessageSource messages,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.sender = sender;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Sends a reset link if the identifier names an enabled account. Says nothing either way, so the
     * form cannot be used to learn who has an account.
     */
    public void requestReset(String identifier, String baseUrl) {
        AccountIdentifier parsed;
        try {
            parsed = AccountIdentifier.parse(identifier);
        } catch (IllegalArgumentException e) {
            return;
        }
        jdbc.sql("select id from identity_account where (email = ? or phone = ?) and enabled")
                .params(
                        parsed.email(),
                        parsed.phone() == null ? null : parsed.phone().e164())
                .query(UUID.class)
                .optional()
                .ifPresent(id -> send(id, "RESET", RESET_VALIDITY, baseUrl));
    }

    void sendInvitation(UUID accountId, String baseUrl) {
        send(accountId, "INVITATION", INVITATION_VALIDITY, baseUrl);
    }

    /** The purpose of a valid, unused token (RESET or INVITATION), if it is one. */
    @Transactional(readOnly = true)
    public Optional<String> tokenPurpose(String token) {
        return jdbc.sql(
                        "select purpose from identity_password_token where token_hash = ? and used_at is null and expires_at > now()")
                .param(hash(token))
                .query(String.class)
                .optional();
    }

    /** Sets the password of the token's account and spends the token. */
    public void setWithToken(String token, String password) {
        record Holder(UUID accountId, String purpose) {}
        Holder holder = jdbc.sql("""
                        update identity_password_token set used_at = now()
                        where token_hash = ? and used_at is null and expires_at > now()
                        returning account_id, purpose""")
                .param(hash(token))
                .query((rs, row) -> new Holder(rs.getObject("account_id", UUID.class), rs.getString("purpose")))
                .optional()
                .orElseThrow(() -> new InvalidRequestException("token", "password.token.invalid"));
        store(holder.accountId(), password, holder.purpose());
    }

    public void change(UUID accountId, String current, String password) {
        String hash = jdbc.sql("select password_hash from identity_account where id = ?")
                .param(accountId)
                .query(String.class)
                .single();
        if (hash == null || !encoder.matches(current, hash)) {
            throw new InvalidRequestException("current", "password.current.wrong");
        }
        store(accountId, password, "CHANGE");
    }

    public static void checkPolicy(String password) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidRequestException("password", "validation.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.chars().distinct().count() < 4) {
            throw new InvalidRequestException("password", "validation.password.weak");
        }
    }

    private void store(UUID accountId, String password, String how) {
        checkPolicy(password);
        jdbc.sql("update identity_account set password_hash = ? where id = ?")
                .params(encoder.encode(password), accountId)
                .update();
        // Whoever knew the old password can no longer be slowed down by failures recorded before.
        jdbc.sql("""
                        delete from identity_login_failure where identifier in
                          (select email from identity_account where id = ? union select phone from identity_account where id = ?)""").params(accountId, accountId).update();
        audit.record("PASSWORD_" + how, "account", accountId, null, null);
    }

    private void send(UUID accountId, String purpose, Duration validity, String baseUrl) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into identity_password_token (token_hash, account_id, purpose, created_at, expires_at)
                        values (?, ?, ?, now(), now() + cast(? as interval))""")
                .params(hash(token), accountId, purpose, validity.toSeconds() + " seconds")
                .update();
        record Contact(String email, String phone, String locale, String displayName) {}
        Contact contact = jdbc.sql("select email, phone, locale, display_name from identity_account where id = ?")
                .param(accountId)
                .query(Contact.class)
                .single();
        Locale locale = Locale.forLanguageTag(contact.locale());
        String link = baseUrl + "/password/reset?token=" + token;
        String prefix = purpose.equals("RESET") ? "notify.reset." : "notify.invitation.";
        String subject = messages.getMessage(prefix + "subject", null, locale);
        String body = messages.getMessage(prefix + "body", new Object[] {contact.displayName(), link}, locale);
        sender.send(Notification.to(contact.email(), contact.phone(), subject, body));
        audit.record("SEND_" + purpose, "account", accountId, null, null);
    }

    static String hash(String token) {
        return ma.tadamon.platform.Hashes.sha256Hex(token);
    }
}
