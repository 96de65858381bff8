package ma.tadamon.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import ma.tadamon.platform.AgeBand;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PhoneNumber;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of actors. Every change recomputes the actor's women-led and youth-led flags and
 * publishes a {@link MembershipChanged} without the person's name. Reading the list is for the
 * actor's managers and the registrar, and each reading is logged (Law 09-08).
 */
@Service
@Transactional
public class Members {

    private static final Pattern CIN = Pattern.compile("[A-Z]{1,2}\\d{1,7}");

    static final RowMapper<Member> ROWS = (rs, row) -> new Member(
            rs.getObject("id", UUID.class),
            rs.getObject("actor_id", UUID.class),
            rs.getString("full_name"),
            rs.getString("gender"),
            (Integer) rs.getObject("birth_year"),
            rs.getString("national_id"),
            rs.getString("phone"),
            MemberRole.valueOf(rs.getString("role")),
            rs.getObject("joined_on", LocalDate.class),
            rs.getObject("left_on", LocalDate.class),
            rs.getString("consent_purpose"));

    private final JdbcClient jdbc;
    private final Actors actors;
    private final LeadershipRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Members(JdbcClient jdbc, Actors actors, LeadershipRules rules, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
    }

    public UUID add(UUID actorId, NewMember member) {
        return add(UUID.randomUUID(), actorId, member);
    }

    public UUID add(UUID id, UUID actorId, NewMember member) {
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        String name = member.fullName() == null ? "" : member.fullName().trim();
        if (name.isEmpty() || name.length() > 160) {
            throw new InvalidRequestException("fullName", "validation.member.name");
        }
        if (!"F".equals(member.gender()) && !"M".equals(member.gender())) {
            throw new InvalidRequestException("gender", "validation.member.gender");
        }
        int year = Year.now().getValue();
        if (member.birthYear() != null && (member.birthYear() < year - 110 || member.birthYear() > year)) {
            throw new InvalidRequestException("birthYear", "validation.member.birthYear");
        }
        String cin = member.nationalId() == null || member.nationalId().isBlank()
                ? null
                : member.nationalId().trim().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (cin != null && !CIN.matcher(cin).matches()) {
            throw new InvalidRequestException("nationalId", "validation.member.cin");
        }
        String phone = null;
        if (member.phone() != null && !member.phone().isBlank()) {
            try {
                phone = PhoneNumber.parse(member.phone()).e164();
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("phone", "validation.phone.any");
            }
        }
        if (member.consentPurpose() == null || member.consentPurpose().isBlank()) {
            throw new InvalidRequestException("consentPurpose", "validation.member.consent");
        }
        try {
            jdbc.sql("""
                            insert into registry_member (id, actor_id, full_name, gender, birth_year, national_id, phone, role,
                              joined_on, consent_purpose, consent_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
                    .params(
                            id,
                            actorId,
                            name,
                            member.gender(),
                            member.birthYear(),
                            cin,
                            phone,
                            member.role().name(),
                            member.joinedOn(),
                            member.consentPurpose().trim(),
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException("role", "validation.member.onePresident");
        }
        if (member.role().onBoard()) {
            openBoardTerm(actorId, id, member.role(), member.joinedOn());
        }
        audit.record("ADD_MEMBER", "actor", actorId, null, java.util.Map.of("member", id, "role", member.role()));
        changed(actor, id, MembershipChanged.Change.JOINED, member.gender(), member.birthYear());
        return id;
    }

    public void leave(UUID actorId, UUID memberId, LocalDate on) {
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        Member member = jdbc.sql("select * from registry_member where id = ? and actor_id = ? and left_on is null")
                .params(memberId, actorId)
                .query(ROWS)
                .optional()
                .orElseThrow(() -> new NotFoundException("member.notFound"));
        if (on.isBefore(member.joinedOn())) {
            throw new InvalidRequestException("leftOn", "validation.member.leftBeforeJoined");
        }
        jdbc.sql("update registry_member set left_on = ? where id = ?")
                .params(on, memberId)
                .update();
        audit.record("REMOVE_MEMBER", "actor", actorId, java.util.Map.of("member", memberId), null);
        changed(actor, memberId, MembershipChanged.Change.LEFT, member.gender(), member.birthYear());
    }

    /** A new role for a member (e.g. elected to the board); the board's history keeps the old one. */
    public void changeRole(UUID actorId, UUID memberId, MemberRole role, LocalDate from) {
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        Member member = jdbc.sql("select * from registry_member where id = ? and actor_id = ? and left_on is null")
                .params(memberId, actorId)
                .query(ROWS)
                .optional()
                .orElseThrow(() -> new NotFoundException("member.notFound"));
        if (member.role() == role) {
            return;
        }
        try {
            jdbc.sql("update registry_member set role = ? where id = ?")
                    .params(role.name(), memberId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException("role", "validation.member.onePresident");
        }
        jdbc.sql("update registry_board_term set ended_on = ? where member_id = ? and ended_on is null")
                .params(from, memberId)
                .update();
        if (role.onBoard()) {
            openBoardTerm(actorId, memberId, role, from);
        }
        audit.record(
                "ROLE",
                "actor",
                actorId,
                java.util.Map.of("member", memberId, "role", member.role()),
                java.util.Map.of("member", memberId, "role", role));
        changed(actor, memberId, MembershipChanged.Change.ROLE_CHANGED, member.gender(), member.birthYear());
    }

    /**
     * Law 09-08 erasure on request: the person's name, national ID, phone and birth year are wiped;
     * the row stays (gender, dates, shares) so that the register's counts remain true.
     */
    public void erase(UUID actorId, UUID memberId) {
        int erased = jdbc.sql("""
                        update registry_member set full_name = '—', national_id = null, phone = null, birth_year = null,
                          erased_at = now() where id = ? and actor_id = ? and erased_at is null""").params(memberId, actorId).update();
        if (erased == 0) {
            throw new NotFoundException("member.notFound");
        }
        audit.record("ERASE_MEMBER", "actor", actorId, java.util.Map.of("member", memberId), null);
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        String gender = jdbc.sql("select gender from registry_member where id = ?")
                .param(memberId)
                .query(String.class)
                .single();
        changed(actor, memberId, MembershipChanged.Change.ERASED, gender, null);
    }

    /** Law 09-08 access request: everything kept about one member, as data; the reading is logged. */
    public Map<String, Object> personalData(UUID actorId, UUID memberId) {
        Member member = jdbc.sql("select * from registry_member where id = ? and actor_id = ?")
                .params(memberId, actorId)
                .query(ROWS)
                .optional()
                .orElseThrow(() -> new NotFoundException("member.notFound"));
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("member", member);
        data.put(
                "shareMovements",
                jdbc.sql("""
                        select kind, shares, amount, on_date from registry_share_movement where member_id = ? order by on_date""")
                        .param(memberId)
                        .query((rs, row) -> Map.of(
                                "kind",
                                rs.getString("kind"),
                                "shares",
                                rs.getInt("shares"),
                                "amount",
                                rs.getBigDecimal("amount"),
                                "on",
                                rs.getObject("on_date", LocalDate.class).toString()))
                        .list());
        data.put(
                "boardTerms",
                jdbc.sql(
                                "select role, started_on, ended_on from registry_board_term where member_id = ? order by started_on")
                        .param(memberId)
                        .query((rs, row) -> {
                            Map<String, Object> term = new java.util.LinkedHashMap<>();
                            term.put("role", rs.getString("role"));
                            term.put(
                                    "from",
                                    rs.getObject("started_on", LocalDate.class).toString());
                            term.put("to", String.valueOf(rs.getObject("ended_on", LocalDate.class)));
                            return term;
                        })
                        .list());
        audit.record("EXPORT_MEMBER", "actor", actorId, null, Map.of("member", memberId));
        return data;
    }

    private void openBoardTerm(UUID actorId, UUID memberId, MemberRole role, LocalDate from) {
        jdbc.sql("insert into registry_board_term (id, actor_id, member_id, role, started_on) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), actorId, memberId, role.name(), from)
                .update();
    }

    /** The current members, for the actor's managers and the registrar; the reading is logged. */
    public List<Member> current(UUID actorId) {
        audit.record("READ_MEMBERS", "actor", actorId, null, null);
        return jdbc.sql("select * from registry_member where actor_id = ? and left_on is null order by role, full_name")
                .param(actorId)
                .query(ROWS)
                .list();
    }

    /**
     * The current members for a download (CSV, XLSX, JSON), for the actor's managers and the
     * registrar; the export is logged with its format and size (Law 09-08).
     */
    public List<Member> export(UUID actorId, String format) {
        List<Member> list = jdbc.sql(
                        "select * from registry_member where actor_id = ? and left_on is null order by role, full_name")
                .param(actorId)
                .query(ROWS)
                .list();
        audit.record("EXPORT_MEMBERS", "actor", actorId, null, Map.of("format", format, "members", list.size()));
        return list;
    }

    /** Public aggregates: current members by gender and age band. */
    @Transactional(readOnly = true)
    public MemberStats stats(UUID actorId) {
        int year = Year.now().getValue();
        Map<AgeBand, int[]> bands = new EnumMap<>(AgeBand.class);
        int[] totals = new int[3]; // women, men, unknown age
        jdbc.sql(
                        "select gender, birth_year from registry_member where actor_id = ? and left_on is null and role <> 'EMPLOYEE'")
                .param(actorId)
                .query(rs -> {
                    boolean woman = "F".equals(rs.getString("gender"));
                    totals[woman ? 0 : 1]++;
                    Integer birthYear = (Integer) rs.getObject("birth_year");
                    if (birthYear == null) {
                        totals[2]++;
                    } else {
                        bands.computeIfAbsent(AgeBand.of(birthYear, year), b -> new int[2])[woman ? 0 : 1]++;
                    }
                });
        return new MemberStats(totals[0] + totals[1], totals[0], totals[1], bands, totals[2]);
    }

    private void changed(
            Actor actor, UUID memberId, MembershipChanged.Change change, String gender, @Nullable Integer birthYear) {
        int year = Year.now().getValue();
        boolean[] leadership = actors.recomputeLeadership(actor.id(), rules, year);
        events.publishEvent(new MembershipChanged(
                actor.id(),
                memberId,
                change,
                gender,
                birthYear == null ? null : AgeBand.of(birthYear, year),
                actor.communeId(),
                actor.valueChain(),
                leadership[0],
                leadership[1]));
    }
}
