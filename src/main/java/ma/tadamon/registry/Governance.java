package ma.tadamon.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * General assemblies (with attendance and quorum), the board's history, and the yearly obligations
 * of Law 112-12 — each with a due date after the end of the fiscal year, flagged when late.
 */
@Service
@Transactional
public class Governance {

    public record Assembly(
            UUID id,
            String kind,
            LocalDate heldOn,
            @Nullable Integer fiscalYear,
            int membersTotal,
            int membersPresent,
            boolean quorumReached,
            @Nullable String decisions,
            @Nullable String minutesName) {}

    public record BoardTerm(
            UUID memberId,
            String fullName,
            MemberRole role,
            LocalDate startedOn,
            @Nullable LocalDate endedOn) {}

    /** One obligation for one fiscal year: due date, when it was met, and whether it is late today. */
    public record Obligation(
            String code, LocalDate due, @Nullable LocalDate doneOn, boolean late) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final double quorum;

    Governance(JdbcClient jdbc, AuditLog audit, @Value("${tadamon.registry.governance.quorum:0.5}") double quorum) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.quorum = quorum;
    }

    public UUID recordAssembly(
            UUID actorId,
            String kind,
            LocalDate heldOn,
            @Nullable Integer fiscalYear,
            int present,
            @Nullable String decisions,
            @Nullable String minutesName,
            byte @Nullable [] minutes) {
        if (!List.of("ORDINARY", "EXTRAORDINARY", "CONSTITUTIVE").contains(kind)) {
            throw new InvalidRequestException("kind", "validation.assembly.kind");
        }
        if (heldOn.isAfter(LocalDate.now())) {
            throw new InvalidRequestException("heldOn", "validation.assembly.future");
        }
        int total = jdbc.sql(
                        "select count(*) from registry_member where actor_id = ? and left_on is null and role <> 'EMPLOYEE'")
                .param(actorId)
                .query(Integer.class)
                .single();
        if (present < 0 || present > total) {
            throw new InvalidRequestException("membersPresent", "validation.assembly.present", total);
        }
        boolean quorumReached = total > 0 && present >= quorum * total;
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registry_assembly (id, actor_id, kind, held_on, fiscal_year, members_total, members_present,
                          quorum_reached, decisions, minutes_name, minutes, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        actorId,
                        kind,
                        heldOn,
                        fiscalYear,
                        total,
                        present,
                        quorumReached,
                        decisions,
                        minutesName,
                        minutes,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        if ("ORDINARY".equals(kind) && fiscalYear != null && quorumReached) {
            markDone(actorId, fiscalYear, "ORDINARY_ASSEMBLY", heldOn, null);
        }
        audit.record(
                "ASSEMBLY",
                "actor",
                actorId,
                null,
                Map.of("kind", kind, "heldOn", heldOn.toString(), "present", present, "total", total));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Assembly> assemblies(UUID actorId) {
        return jdbc.sql("""
                        select id, kind, held_on, fiscal_year, members_total, members_present, quorum_reached, decisions, minutes_name
                        from registry_assembly where actor_id = ? order by held_on desc""")
                .param(actorId)
                .query((rs, row) -> new Assembly(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("held_on", LocalDate.class),
                        (Integer) rs.getObject("fiscal_year"),
                        rs.getInt("members_total"),
                        rs.getInt("members_present"),
                        rs.getBoolean("quorum_reached"),
                        rs.getString("decisions"),
                        rs.getString("minutes_name")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> minutes(UUID actorId, UUID assemblyId) {
        return jdbc.sql("select minutes from registry_assembly where id = ? and actor_id = ? and minutes is not null")
                .params(assemblyId, actorId)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<BoardTerm> boardHistory(UUID actorId) {
        return jdbc.sql("""
                        select t.member_id, m.full_name, t.role, t.started_on, t.ended_on from registry_board_term t
                        join registry_member m on m.id = t.member_id where t.actor_id = ?
                        order by t.ended_on nulls first, t.started_on desc""")
                .param(actorId)
                .query((rs, row) -> new BoardTerm(
                        rs.getObject("member_id", UUID.class),
                        rs.getString("full_name"),
                        MemberRole.valueOf(rs.getString("role")),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)))
                .list();
    }

    /** The obligations of one fiscal year, due in the following year. */
    @Transactional(readOnly = true)
    public List<Obligation> obligations(UUID actorId, int fiscalYear) {
        LocalDate today = LocalDate.now();
        return jdbc.sql("""
                        select t.code, t.due_month, t.due_day, d.done_on from registry_obligation_type t
                        left join registry_obligation_done d on d.code = t.code and d.actor_id = ? and d.fiscal_year = ?
                        order by t.sort_order""")
                .params(actorId, fiscalYear)
                .query((rs, row) -> {
                    LocalDate due = LocalDate.of(fiscalYear + 1, rs.getInt("due_month"), rs.getInt("due_day"));
                    LocalDate done = rs.getObject("done_on", LocalDate.class);
                    return new Obligation(rs.getString("code"), due, done, done == null && today.isAfter(due));
                })
                .list();
    }

    public void markDone(UUID actorId, int fiscalYear, String code, LocalDate on, @Nullable String note) {
        jdbc.sql("""
                        insert into registry_obligation_done (actor_id, fiscal_year, code, done_on, note) values (?, ?, ?, ?, ?)
                        on conflict (actor_id, fiscal_year, code) do update set done_on = excluded.done_on, note = excluded.note""").params(actorId, fiscalYear, code, on, note).update();
        audit.record(
                "OBLIGATION_DONE",
                "actor",
                actorId,
                null,
                Map.of("year", fiscalYear, "code", code, "on", on.toString()));
    }
}
