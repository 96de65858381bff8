package ma.tadamon.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.identity.Account;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.platform.notify.Notification;
import ma.tadamon.platform.notify.NotificationSender;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Labels and certifications held as credentials. A manager declares one with its proof; it stays
 * PENDING until a label verifier verifies or rejects it; a verified one can be revoked. The public
 * sees a credential only while it is verified and valid today ({@link Credential#shownOn}). The
 * managers are reminded {@value #REMIND_DAYS_BEFORE} days before it expires, once per expiry date.
 */
@Service
@Transactional
public class Credentials {

    public static final int MAX_PROOF_BYTES = 5 * 1024 * 1024;
    public static final int REMIND_DAYS_BEFORE = 30;

    /** A proof document: PDF, JPEG or PNG, recognised by its first bytes, not by its name. */
    public record Proof(String name, String contentType, byte[] content) {}

    private static final RowMapper<LabelType> TYPES = (rs, row) -> new LabelType(
            rs.getString("code"),
            rs.getString("family"),
            new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
            rs.getString("issuer_ar"),
            rs.getString("issuer_fr"));

    private static final String SELECT = """
            select c.id, c.actor_id, c.product_id, c.issuer, c.number, c.valid_from, c.valid_to, c.proof_name,
                   c.status, c.decision_note, t.code, t.family, t.name_ar, t.name_fr, t.name_en, t.issuer_ar,
                   t.issuer_fr
            from catalog_credential c join catalog_label_type t on t.code = c.label_type_code""";

    private static final RowMapper<Credential> ROWS = (rs, row) -> new Credential(
            rs.getObject("id", UUID.class),
            TYPES.mapRow(rs, row),
            rs.getObject("actor_id", UUID.class),
            rs.getObject("product_id", UUID.class),
            rs.getString("issuer"),
            rs.getString("number"),
            rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class),
            rs.getString("proof_name"),
            CredentialStatus.valueOf(rs.getString("status")),
            rs.getString("decision_note"));

    private final JdbcClient jdbc;
    private final Actors actors;
    private final AuditLog audit;
    private final NotificationSender notifications;
    private final MessageSource messages;
    private final Accounts accounts;

    Credentials(
            JdbcClient jdbc,
            Actors actors,
            AuditLog audit,
            NotificationSender notifications,
            MessageSource messages,
            Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.actors = actors;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<LabelType> labelTypes() {
        return jdbc.sql("select * from catalog_label_type order by sort_order")
                .query(TYPES)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<LabelType> labelType(String code) {
        return jdbc.sql("select * from catalog_label_type where code = ?")
                .param(code)
                .query(TYPES)
                .optional();
    }

    public UUID declare(UUID actorId, NewCredential form, @Nullable Proof proof) {
        return declare(UUID.randomUUID(), actorId, form, proof);
    }

    /** With a given id (demo data). The credential starts PENDING. */
    public UUID declare(UUID id, UUID actorId, NewCredential form, @Nullable Proof proof) {
        LabelType type =
                form.labelType() == null ? null : labelType(form.labelType()).orElse(null);
        if (type == null) {
            throw new InvalidRequestException("labelType", "validation.credential.type");
        }
        if (form.productId() != null) {
            boolean ours = jdbc.sql("select exists(select 1 from catalog_product where id = ? and actor_id = ?)")
                    .params(form.productId(), actorId)
                    .query(Boolean.class)
                    .single();
            if (!ours) {
                throw new InvalidRequestException("productId", "validation.credential.product");
            }
        }
        String issuer = blank(form.issuer()) != null ? blank(form.issuer()) : type.issuerFr();
        if (issuer == null) {
            throw new InvalidRequestException("issuer", "validation.credential.issuer");
        }
        String number = blank(form.number());
        if (number == null || number.length() > 80) {
            throw new InvalidRequestException("number", "validation.credential.number");
        }
        if (form.validFrom() == null) {
            throw new InvalidRequestException("validFrom", "validation.credential.validFrom");
        }
        if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw new InvalidRequestException("validTo", "validation.credential.validTo");
        }
        if (proof != null) {
            checkProof(proof);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            jdbc.sql("""
                            insert into catalog_credential (id, label_type_code, actor_id, product_id, issuer, number,
                              valid_from, valid_to, proof_name, proof_type, proof, status, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                    .params(
                            id,
                            type.code(),
                            actorId,
                            form.productId(),
                            issuer,
                            number,
                            form.validFrom(),
                            form.validTo(),
                            proof == null ? null : proof.name(),
                            proof == null ? null : proof.contentType(),
                            proof == null ? null : proof.content(),
                            now,
                            now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException("number", "validation.credential.taken");
        }
        audit.record("DECLARE", "credential", id, null, find(id).orElseThrow());
        return id;
    }

    public void verify(UUID id, @Nullable String note) {
        decide(id, CredentialStatus.PENDING, CredentialStatus.VERIFIED, note, false);
    }

    public void reject(UUID id, @Nullable String note) {
        decide(id, CredentialStatus.PENDING, CredentialStatus.REJECTED, note, true);
    }

    public void revoke(UUID id, @Nullable String note) {
        decide(id, CredentialStatus.VERIFIED, CredentialStatus.REVOKED, note, true);
    }

    private void decide(
            UUID id, CredentialStatus from, CredentialStatus to, @Nullable String note, boolean noteRequired) {
        Credential before = find(id).orElseThrow(() -> new NotFoundException("label.notFound"));
        if (before.status() != from) {
            throw new InvalidRequestException("status", "validation.credential.status");
        }
        if (noteRequired && blank(note) == null) {
            throw new InvalidRequestException("note", "validation.credential.note");
        }
        jdbc.sql("""
                        update catalog_credential set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
                          updated_at = ?
                        where id = ?""")
                .params(
                        to.name(),
                        currentAccount(),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        blank(note),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        id)
                .update();
        audit.record(to.name(), "credential", id, before, find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public Optional<Credential> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(ROWS).optional();
    }

    /** Every credential of the actor, whatever its status (for its managers). */
    @Transactional(readOnly = true)
    public List<Credential> ofActor(UUID actorId) {
        return jdbc.sql(SELECT + " where c.actor_id = ? order by t.sort_order, c.valid_from desc")
                .param(actorId)
                .query(ROWS)
                .list();
    }

    /** What the public sees of the actor: its verified credentials valid today (its products' too). */
    @Transactional(readOnly = true)
    public List<Credential> shownOfActor(UUID actorId) {
        return jdbc.sql(SELECT + " where c.actor_id = ? and " + Catalogue.SHOWN + " order by t.sort_order")
                .param(actorId)
                .query(ROWS)
                .list();
    }

    /** What the public sees on a product: the actor's own shown credentials and the product's. */
    @Transactional(readOnly = true)
    public List<Credential> shownOfProduct(UUID actorId, UUID productId) {
        return jdbc.sql(SELECT + " where c.actor_id = ? and (c.product_id is null or c.product_id = ?) and "
                        + Catalogue.SHOWN + " order by t.sort_order")
                .params(actorId, productId)
                .query(ROWS)
                .list();
    }

    /** The label verifiers' queue, oldest first. */
    @Transactional(readOnly = true)
    public List<Credential> pending() {
        return jdbc.sql(SELECT + " where c.status = 'PENDING' order by c.created_at")
                .query(ROWS)
                .list();
    }

    /** Verified credentials, most recently decided first (for revocation). */
    @Transactional(readOnly = true)
    public List<Credential> verified(int limit) {
        return jdbc.sql(SELECT + " where c.status = 'VERIFIED' order by c.decided_at desc nulls last limit ?")
                .param(limit)
                .query(ROWS)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Proof> proof(UUID id) {
        return jdbc.sql(
                        "select proof_name, proof_type, proof from catalog_credential where id = ? and proof is not null")
                .param(id)
                .query((rs, row) -> new Proof(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Actors that hold this label, verified and valid today, themselves or through a product. */
    @Transactional(readOnly = true)
    public Set<UUID> actorsHolding(String labelType) {
        return new HashSet<>(jdbc.sql("select distinct c.actor_id from catalog_credential c where c.label_type_code = ?"
                        + " and " + Catalogue.SHOWN)
                .param(labelType)
                .query(UUID.class)
                .list());
    }

    /**
     * Tells the managers of each actor whose verified credential expires within {@value
     * #REMIND_DAYS_BEFORE} days of {@code today}, once per expiry date (a renewed credential with a
     * new date is reminded again). Returns how many credentials were reminded.
     */
    public int remindExpiring(LocalDate today) {
        List<Credential> expiring = jdbc.sql(SELECT + " " + """
                         where c.status = 'VERIFIED' and c.valid_to between ? and ?
                           and c.reminded_for is distinct from c.valid_to
                         order by c.valid_to""")
                .params(today, today.plusDays(REMIND_DAYS_BEFORE))
                .query(ROWS)
                .list();
        for (Credential credential : expiring) {
            Actor actor = actors.find(credential.actorId()).orElse(null);
            if (actor != null) {
                for (Account manager : accounts.holdersOf(credential.actorId(), Roles.COOP_MANAGER)) {
                    notifyExpiry(manager, actor, credential);
                }
            }
            jdbc.sql("update catalog_credential set reminded_for = valid_to where id = ?")
                    .param(credential.id())
                    .update();
            audit.record("REMIND_EXPIRY", "credential", credential.id(), null, Map.of("validTo", credential.validTo()));
        }
        return expiring.size();
    }

    private void notifyExpiry(Account manager, Actor actor, Credential credential) {
        Locale locale = Locale.forLanguageTag(manager.locale());
        Object[] args = {
            credential.type().name(locale),
            actor.name().in(locale),
            credential.validTo() == null ? "" : credential.validTo().format(DateTimeFormatter.ISO_LOCAL_DATE),
            credential.number()
        };
        String subject = messages.getMessage("label.reminder.subject", args, locale);
        String body = messages.getMessage("label.reminder.body", args, locale);
        notifications.send(Notification.to(manager.email(), manager.phone(), subject, body));
    }

    static void checkProof(Proof proof) {
        byte[] c = proof.content();
        if (c.length == 0 || c.length > MAX_PROOF_BYTES) {
            throw new InvalidRequestException(
                    "proof", "validation.credential.proofSize", MAX_PROOF_BYTES / (1024 * 1024));
        }
        String sniffed = sniff(c);
        if (sniffed == null || !sniffed.equals(proof.contentType())) {
            throw new InvalidRequestException("proof", "validation.credential.proofType");
        }
    }

    /** The type the first bytes say: PDF, JPEG or PNG, or nothing. */
    public static @Nullable String sniff(byte[] c) {
        if (c.length > 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F') {
            return "application/pdf";
        }
        if (c.length > 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (c.length > 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    private static @Nullable UUID currentAccount() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.accountId()
                : null;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
