package ma.tadamon.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The share-capital register: subscriptions, payments, transfers between members and exits, kept
 * as a journal; each member's holding is updated in the same transaction and the database refuses
 * a holding below zero, so shares can never be transferred or refunded twice.
 */
@Service
@Transactional
public class ShareRegister {

    public record Holding(UUID memberId, String fullName, int shares, BigDecimal paid) {}

    public record Movement(
            UUID id,
            UUID memberId,
            String fullName,
            String kind,
            int shares,
            BigDecimal amount,
            @Nullable String counterpart,
            LocalDate onDate,
            @Nullable String note) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ShareRegister(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public void subscribe(UUID actorId, UUID memberId, int shares, LocalDate on) {
        positive(shares, "shares");
        record(actorId, memberId, "SUBSCRIPTION", shares, BigDecimal.ZERO, null, on, null);
        hold(actorId, memberId, shares, BigDecimal.ZERO);
    }

    public void pay(UUID actorId, UUID memberId, BigDecimal amount, LocalDate on) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidRequestException("amount", "validation.shares.amount");
        }
        record(actorId, memberId, "PAYMENT", 0, amount, null, on, null);
        hold(actorId, memberId, 0, amount);
    }

    public void transfer(UUID actorId, UUID from, UUID to, int shares, LocalDate on) {
        positive(shares, "shares");
        if (from.equals(to)) {
            throw new InvalidRequestException("to", "validation.shares.sameMember");
        }
        record(actorId, from, "TRANSFER_OUT", shares, BigDecimal.ZERO, to, on, null);
        record(actorId, to, "TRANSFER_IN", shares, BigDecimal.ZERO, from, on, null);
        hold(actorId, from, -shares, BigDecimal.ZERO);
        hold(actorId, to, shares, BigDecimal.ZERO);
    }

    /** A member leaves with her shares refunded (amount refunded from what she paid). */
    public void exit(UUID actorId, UUID memberId, int shares, BigDecimal refunded, LocalDate on) {
        positive(shares, "shares");
        record(actorId, memberId, "EXIT", shares, refunded == null ? BigDecimal.ZERO : refunded, null, on, null);
        hold(actorId, memberId, -shares, refunded == null ? BigDecimal.ZERO : refunded.negate());
    }

    @Transactional(readOnly = true)
    public List<Holding> holdings(UUID actorId) {
        return jdbc.sql("""
                        select h.member_id, m.full_name, h.shares, h.paid from registry_share_holding h
                        join registry_member m on m.id = h.member_id where h.actor_id = ? order by h.shares desc, m.full_name""")
                .param(actorId)
                .query((rs, row) -> new Holding(
                        rs.getObject("member_id", UUID.class),
                        rs.getString("full_name"),
                        rs.getInt("shares"),
                        rs.getBigDecimal("paid")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Movement> movements(UUID actorId) {
        return jdbc.sql("""
                        select s.*, m.full_name, c.full_name as counterpart from registry_share_movement s
                        join registry_member m on m.id = s.member_id left join registry_member c on c.id = s.counterpart_id
                        where s.actor_id = ? order by s.on_date desc, s.recorded_at desc""")
                .param(actorId)
                .query((rs, row) -> new Movement(
                        rs.getObject("id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        rs.getString("full_name"),
                        rs.getString("kind"),
                        rs.getInt("shares"),
                        rs.getBigDecimal("amount"),
                        rs.getString("counterpart"),
                        rs.getObject("on_date", LocalDate.class),
                        rs.getString("note")))
                .list();
    }

    private void record(
            UUID actorId,
            UUID memberId,
            String kind,
            int shares,
            BigDecimal amount,
            @Nullable UUID counterpart,
            LocalDate on,
            @Nullable String note) {
        int member = jdbc.sql("select count(*) from registry_member where id = ? and actor_id = ?")
                .params(memberId, actorId)
                .query(Integer.class)
                .single();
        if (member == 0) {
            throw new InvalidRequestException("memberId", "member.notFound");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registry_share_movement (id, actor_id, member_id, kind, shares, amount, counterpart_id, on_date,
                          note, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        actorId,
                        memberId,
                        kind,
                        shares,
                        amount,
                        counterpart,
                        on,
                        note,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        audit.record(
                "SHARES_" + kind,
                "actor",
                actorId,
                null,
                Map.of("member", memberId, "shares", shares, "amount", amount));
    }

    private void hold(UUID actorId, UUID memberId, int shares, BigDecimal paid) {
        if (shares < 0 || paid.signum() < 0) {
            // Taking away: only from an existing holding, and the check constraint refuses going below zero.
            try {
                int updated =
                        jdbc.sql("""
                                update registry_share_holding set shares = shares + ?, paid = paid + ?
                                where actor_id = ? and member_id = ?""").params(shares, paid, actorId, memberId).update();
                if (updated == 0) {
                    throw new InvalidRequestException("shares", "validation.shares.notEnough");
                }
                return;
            } catch (DataIntegrityViolationException e) {
                throw new InvalidRequestException("shares", "validation.shares.notEnough");
            }
        }
        try {
            jdbc.sql("""
                            insert into registry_share_holding (actor_id, member_id, shares, paid) values (?, ?, ?, ?)
                            on conflict (actor_id, member_id) do update
                              set shares = registry_share_holding.shares + excluded.shares,
                                  paid = registry_share_holding.paid + excluded.paid""").params(actorId, memberId, shares, paid).update();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidRequestException("shares", "validation.shares.notEnough");
        }
    }

    private static void positive(int shares, String field) {
        if (shares < 1) {
            throw new InvalidRequestException(field, "validation.shares.count");
        }
    }
}
