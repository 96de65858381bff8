package ma.tadamon.fairs;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PhoneNumber;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations for programme sessions, with or without an account: one per phone or e-mail per
 * session, and never more than the session's seats, even when many register at the same moment
 * (each registration locks the session's row and counts under that lock). Then attendance, taken
 * from the session's day on, and certificates for those present, each with a code anyone can verify.
 */
@Service
@Transactional
public class Registrations {

    static final String SELECT = """
            select id, session_id, full_name, phone, email, actor_id, account_id, locale, registered_at, attended_at,
              certificate_no, verification_code, certificate_at
            from fairs_registration""";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Programme programme;
    private final Editions editions;
    private final AuditLog audit;
    private final ProgrammeNotices notices;

    Registrations(JdbcClient jdbc, Programme programme, Editions editions, AuditLog audit, ProgrammeNotices notices) {
        this.jdbc = jdbc;
        this.programme = programme;
        this.editions = editions;
        this.audit = audit;
        this.notices = notices;
    }

    public Registration register(UUID sessionId, NewRegistration form) {
        String name = form.fullName() == null ? "" : form.fullName().trim().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidRequestException("fullName", "fairs.programme.register.name");
        }
        String phone = phone(form.phone());
        String email = email(form.email());
        if (phone == null && email == null) {
            throw new InvalidRequestException("phone", "fairs.programme.register.contact");
        }
        ProgrammeSession session = programme.lock(sessionId);
        Edition edition = editions.get(session.editionId());
        if (edition.status() == EditionStatus.PLANNED
                || edition.status() == EditionStatus.CLOSED
                || session.status() != SessionStatus.CONFIRMED
                || !session.registrationOpen()) {
            throw new InvalidRequestException("fullName", "fairs.programme.register.closed");
        }
        if (session.endedBy(Programme.now())) {
            throw new InvalidRequestException("fullName", "fairs.programme.register.over");
        }
        Long already =
                jdbc.sql("""
                        select count(*) from fairs_registration
                        where session_id = ? and (phone = ? or lower(email) = ?)""").params(sessionId, phone, email).query(Long.class).single();
        if (already > 0) {
            throw new InvalidRequestException(phone != null ? "phone" : "email", "fairs.programme.register.duplicate");
        }
        // Counted under the session's lock: concurrent registrations queue here, so seats never run over.
        if (session.full()) {
            throw new InvalidRequestException("fullName", "fairs.programme.register.full");
        }
        UUID id = UUID.randomUUID();
        String locale = language(form.locale());
        jdbc.sql("""
                        insert into fairs_registration (id, session_id, full_name, phone, email, actor_id, account_id,
                          locale, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        sessionId,
                        name,
                        phone,
                        email,
                        form.actorId(),
                        form.accountId(),
                        locale,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        // Only the fact is audited: the person's details stay in the registration.
        audit.record("REGISTER", "fair_session", sessionId, null, java.util.Map.of("registration", id));
        notices.registered(edition, session, name, phone, email, locale);
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<Registration> of(UUID sessionId) {
        return jdbc.sql(SELECT + " where session_id = ? order by registered_at, id")
                .param(sessionId)
                .query(Registrations::registration)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Registration> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(Registrations::registration)
                .optional();
    }

    @Transactional(readOnly = true)
    public Registration get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("fairs.programme.registration.notFound"));
    }

    /** The certificate with this verification code (any case, with or without its dash). */
    @Transactional(readOnly = true)
    public Optional<Registration> certificate(String code) {
        String clean = code.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (clean.length() != 10) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where verification_code = ? and certificate_no is not null")
                .param(clean.substring(0, 5) + "-" + clean.substring(5))
                .query(Registrations::registration)
                .optional();
    }

    /** Marks one registrant present or absent; absent is refused once their certificate is issued. */
    public Registration setAttendance(UUID sessionId, UUID registrationId, boolean present) {
        ProgrammeSession session = attendable(sessionId);
        Registration registration = get(registrationId);
        if (!registration.sessionId().equals(session.id())) {
            throw new NotFoundException("fairs.programme.registration.notFound");
        }
        if (!present && registration.certified()) {
            throw new InvalidRequestException("present", "fairs.programme.attendance.certified");
        }
        if (present != registration.present()) {
            jdbc.sql("update fairs_registration set attended_at = ?, attendance_by = ? where id = ?")
                    .params(
                            present ? OffsetDateTime.now(ZoneOffset.UTC) : null,
                            present ? FairsAccess.currentAccount() : null,
                            registrationId)
                    .update();
            audit.record(
                    present ? "PRESENT" : "ABSENT",
                    "fair_session",
                    sessionId,
                    null,
                    java.util.Map.of("registration", registrationId));
        }
        return get(registrationId);
    }

    /** Marks everyone registered present; returns how many were not yet. */
    public int markAllPresent(UUID sessionId) {
        attendable(sessionId);
        int marked = jdbc.sql("""
                        update fairs_registration set attended_at = ?, attendance_by = ?
                        where session_id = ? and attended_at is null""")
                .params(OffsetDateTime.now(ZoneOffset.UTC), FairsAccess.currentAccount(), sessionId)
                .update();
        if (marked > 0) {
            audit.record("ALL_PRESENT", "fair_session", sessionId, null, marked);
        }
        return marked;
    }

    /** Gives a numbered certificate to everyone present who has none yet; returns how many. */
    public int issueCertificates(UUID sessionId) {
        ProgrammeSession session = attendable(sessionId);
        List<UUID> due = jdbc.sql("""
                        select id from fairs_registration
                        where session_id = ? and attended_at is not null and certificate_no is null
                        order by full_name, id""").param(sessionId).query(UUID.class).list();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        for (UUID id : due) {
            long seq = jdbc.sql("select nextval('fairs_certificate_seq')")
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            update fairs_registration set certificate_no = ?, verification_code = ?, certificate_at = ?
                            where id = ?""")
                    .params(certificateNumber(session.day().getYear(), seq), newVerificationCode(), at, id)
                    .update();
        }
        if (!due.isEmpty()) {
            audit.record("CERTIFICATES", "fair_session", sessionId, null, due.size());
        }
        return due.size();
    }

    /** e.g. TDM-2025-000042: the year of the session, then a number that never repeats. */
    public static String certificateNumber(int year, long seq) {
        return "TDM-%d-%06d".formatted(year, seq);
    }

    /** Ten characters without look-alikes (no 0/O, 1/I/L), in two groups: 7KQ4M-X2PRA. */
    public static String newVerificationCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private ProgrammeSession attendable(UUID sessionId) {
        ProgrammeSession session = programme.lock(sessionId);
        if (session.cancelled()) {
            throw new InvalidRequestException("present", "fairs.programme.cancelled");
        }
        if (session.day().isAfter(LocalDate.now(Programme.ZONE))) {
            throw new InvalidRequestException("present", "fairs.programme.attendance.notYet");
        }
        return session;
    }

    private static @Nullable String phone(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PhoneNumber.parse(raw.trim()).e164();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("phone", "fairs.programme.register.phone");
        }
    }

    private static @Nullable String email(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches() || email.length() > 200) {
            throw new InvalidRequestException("email", "fairs.programme.register.email");
        }
        return email;
    }

    private static String language(@Nullable String locale) {
        String language = locale == null ? "ar" : Locale.forLanguageTag(locale).getLanguage();
        return List.of("ar", "fr", "en").contains(language) ? language : "ar";
    }

    static Registration registration(ResultSet rs, int n) throws SQLException {
        return new Registration(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getString("full_name"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getObject("actor_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("locale"),
                instant(rs, "registered_at"),
                instant(rs, "attended_at"),
                rs.getString("certificate_no"),
                rs.getString("verification_code"),
                instant(rs, "certificate_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
