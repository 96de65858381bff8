package ma.tadamon.fairs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An edition's programme: sessions scheduled by day and space within the edition's days and
 * opening hours. A session nobody registered for is deleted when cancelled; one with registrants
 * is kept as cancelled and each registrant is told, in their language.
 */
@Service
@Transactional
public class Programme {

    /** Fairs happen in Morocco: "today" and "over" are Moroccan times. */
    public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

    static final String SELECT = """
            select s.id, s.edition_id, s.kind, s.topic, s.title_ar, s.title_fr, s.title_en, s.description_ar,
              s.description_fr, s.description_en, s.speakers, s.day, s.starts_at, s.ends_at, s.space, s.capacity,
              s.language, s.registration_open, s.status,
              (select count(*) from fairs_registration r where r.session_id = s.id) as registered,
              (select count(*) from fairs_registration r where r.session_id = s.id and r.attended_at is not null)
                as attended
            from fairs_session s""";

    private static final String ORDER = " order by s.day, s.starts_at, s.ends_at, s.space, s.id";

    private final JdbcClient jdbc;
    private final Editions editions;
    private final AuditLog audit;
    private final ProgrammeNotices notices;

    Programme(JdbcClient jdbc, Editions editions, AuditLog audit, ProgrammeNotices notices) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.audit = audit;
        this.notices = notices;
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }

    public UUID create(UUID editionId, NewSession session) {
        return create(UUID.randomUUID(), editionId, session);
    }

    /** With a given id (demo data). */
    public UUID create(UUID id, UUID editionId, NewSession session) {
        Edition edition = editions.get(editionId);
        NewSession clean = validate(edition, session);
        jdbc.sql("""
                        insert into fairs_session (id, edition_id, kind, topic, title_ar, title_fr, title_en,
                          description_ar, description_fr, description_en, speakers, day, starts_at, ends_at, space,
                          capacity, language, registration_open, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        editionId,
                        clean.kind().name(),
                        clean.topic() == null ? null : clean.topic().name(),
                        clean.title().ar(),
                        clean.title().fr(),
                        clean.title().en(),
                        clean.description().ar(),
                        clean.description().fr(),
                        clean.description().en(),
                        clean.speakers(),
                        clean.day(),
                        clean.startsAt(),
                        clean.endsAt(),
                        clean.space(),
                        clean.capacity(),
                        clean.language(),
                        clean.registrationOpen(),
                        (clean.draft() ? SessionStatus.DRAFT : SessionStatus.CONFIRMED).name(),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        FairsAccess.currentAccount())
                .update();
        audit.record("CREATE", "fair_session", id, null, clean);
        return id;
    }

    public void update(UUID id, NewSession session) {
        ProgrammeSession before = lock(id);
        if (before.cancelled()) {
            throw new InvalidRequestException("kind", "fairs.programme.cancelled");
        }
        NewSession clean = validate(editions.get(before.editionId()), session);
        if (clean.capacity() != null && clean.capacity() < before.registered()) {
            throw new InvalidRequestException(
                    "capacity", "fairs.programme.capacity.belowRegistered", before.registered());
        }
        // A confirmed session with registrants cannot go back to draft: they were told it happens.
        SessionStatus status =
                clean.draft() && before.registered() == 0 ? SessionStatus.DRAFT : SessionStatus.CONFIRMED;
        jdbc.sql("""
                        update fairs_session set kind = ?, topic = ?, title_ar = ?, title_fr = ?, title_en = ?,
                          description_ar = ?, description_fr = ?, description_en = ?, speakers = ?, day = ?,
                          starts_at = ?, ends_at = ?, space = ?, capacity = ?, language = ?, registration_open = ?,
                          status = ?
                        where id = ?""")
                .params(
                        clean.kind().name(),
                        clean.topic() == null ? null : clean.topic().name(),
                        clean.title().ar(),
                        clean.title().fr(),
                        clean.title().en(),
                        clean.description().ar(),
                        clean.description().fr(),
                        clean.description().en(),
                        clean.speakers(),
                        clean.day(),
                        clean.startsAt(),
                        clean.endsAt(),
                        clean.space(),
                        clean.capacity(),
                        clean.language(),
                        clean.registrationOpen(),
                        status.name(),
                        id)
                .update();
        audit.record("UPDATE", "fair_session", id, before.asNew(), clean);
        boolean moved = !clean.day().equals(before.day())
                || !clean.startsAt().equals(before.startsAt())
                || !clean.endsAt().equals(before.endsAt())
                || !clean.space().equals(before.space());
        if (moved && before.registered() > 0) {
            tell(get(id), notices::changed);
        }
    }

    private interface Notice {
        void send(
                Edition edition,
                ProgrammeSession session,
                String name,
                @Nullable String phone,
                @Nullable String email,
                String language);
    }

    /** Writes to everyone registered for the session. */
    private void tell(ProgrammeSession session, Notice notice) {
        Edition edition = editions.get(session.editionId());
        jdbc.sql("select full_name, phone, email, locale from fairs_registration where session_id = ?")
                .param(session.id())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list()
                .forEach(r -> notice.send(edition, session, r[0], r[1], r[2], r[3]));
    }

    /** What cancelling did: a session nobody registered for is gone; one with registrants stays, cancelled. */
    public enum Cancellation {
        DELETED,
        CANCELLED
    }

    public Cancellation cancel(UUID id) {
        ProgrammeSession session = lock(id);
        if (session.cancelled()) {
            return Cancellation.CANCELLED;
        }
        if (session.registered() == 0) {
            jdbc.sql("delete from fairs_session where id = ?").param(id).update();
            audit.record("DELETE", "fair_session", id, session.asNew(), null);
            return Cancellation.DELETED;
        }
        jdbc.sql("update fairs_session set status = 'CANCELLED', cancelled_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), id)
                .update();
        audit.record("CANCEL", "fair_session", id, session.status(), SessionStatus.CANCELLED);
        tell(session, notices::cancelled);
        return Cancellation.CANCELLED;
    }

    /** Makes every draft session of the edition public; returns how many. */
    public int publishDrafts(UUID editionId) {
        int published = jdbc.sql(
                        "update fairs_session set status = 'CONFIRMED' where edition_id = ? and status = 'DRAFT'")
                .param(editionId)
                .update();
        if (published > 0) {
            audit.record("PUBLISH_PROGRAMME", "edition", editionId, null, published);
        }
        return published;
    }

    @Transactional(readOnly = true)
    public Optional<ProgrammeSession> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?")
                .param(id)
                .query(Programme::session)
                .optional();
    }

    @Transactional(readOnly = true)
    public ProgrammeSession get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("fairs.programme.notFound"));
    }

    /** Every session of the edition, drafts included (the organisers' view), by day and time. */
    @Transactional(readOnly = true)
    public List<ProgrammeSession> of(UUID editionId) {
        return jdbc.sql(SELECT + " where s.edition_id = ?" + ORDER)
                .param(editionId)
                .query(Programme::session)
                .list();
    }

    /** What the public sees: confirmed sessions, and cancelled ones marked as such. */
    @Transactional(readOnly = true)
    public List<ProgrammeSession> published(UUID editionId) {
        return jdbc.sql(SELECT + " where s.edition_id = ? and s.status <> 'DRAFT'" + ORDER)
                .param(editionId)
                .query(Programme::session)
                .list();
    }

    /** The session's row locked for this transaction: registrations and changes to it go one at a time. */
    ProgrammeSession lock(UUID id) {
        jdbc.sql("select id from fairs_session where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("fairs.programme.notFound"));
        return get(id);
    }

    static NewSession validate(Edition edition, NewSession s) {
        LocalizedText title = new LocalizedText(
                trim(s.title().ar()), trim(s.title().fr()), trim(s.title().en()));
        if (!title.hasArabicOrFrench()) {
            throw new InvalidRequestException("titleAr", "validation.name.arOrFr");
        }
        String space = trim(s.space());
        if (space == null) {
            throw new InvalidRequestException("space", "fairs.programme.space.required");
        }
        if (s.day().isBefore(edition.startsOn()) || s.day().isAfter(edition.endsOn())) {
            throw new InvalidRequestException(
                    "day",
                    "fairs.programme.day.outside",
                    edition.startsOn().toString(),
                    edition.endsOn().toString());
        }
        if (!s.endsAt().isAfter(s.startsAt())) {
            throw new InvalidRequestException("endsAt", "fairs.programme.times.order");
        }
        if (s.startsAt().isBefore(edition.opensAt()) || s.endsAt().isAfter(edition.closesAt())) {
            throw new InvalidRequestException(
                    "startsAt", "fairs.programme.hours.outside", hhmm(edition.opensAt()), hhmm(edition.closesAt()));
        }
        if (s.capacity() != null && s.capacity() <= 0) {
            throw new InvalidRequestException("capacity", "fairs.programme.capacity.positive");
        }
        if (!NewSession.LANGUAGES.contains(s.language())) {
            throw new InvalidRequestException("language", "fairs.programme.language.unknown");
        }
        return new NewSession(
                s.kind(),
                s.topic(),
                title,
                new LocalizedText(
                        trim(s.description().ar()),
                        trim(s.description().fr()),
                        trim(s.description().en())),
                trim(s.speakers()),
                s.day(),
                s.startsAt(),
                s.endsAt(),
                space,
                s.capacity(),
                s.language(),
                s.registrationOpen(),
                s.draft());
    }

    public static String hhmm(LocalTime time) {
        return time.toString().substring(0, 5);
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static ProgrammeSession session(ResultSet rs, int n) throws SQLException {
        String topic = rs.getString("topic");
        return new ProgrammeSession(
                rs.getObject("id", UUID.class),
                rs.getObject("edition_id", UUID.class),
                SessionKind.valueOf(rs.getString("kind")),
                topic == null ? null : SessionTopic.valueOf(topic),
                new LocalizedText(rs.getString("title_ar"), rs.getString("title_fr"), rs.getString("title_en")),
                new LocalizedText(
                        rs.getString("description_ar"), rs.getString("description_fr"), rs.getString("description_en")),
                rs.getString("speakers"),
                rs.getObject("day", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class),
                rs.getString("space"),
                rs.getObject("capacity", Integer.class),
                rs.getString("language"),
                rs.getBoolean("registration_open"),
                SessionStatus.valueOf(rs.getString("status")),
                rs.getInt("registered"),
                rs.getInt("attended"));
    }
}
