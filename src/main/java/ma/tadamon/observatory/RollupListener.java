package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.registry.ActorRegistered;
import ma.tadamon.registry.ActorStatusChanged;
import ma.tadamon.registry.MembershipChanged;
import ma.tadamon.sales.SaleRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes what each event changes into the observatory's queues, in the publisher's own transaction:
 * the queue row commits with the sale or the registry change or not at all, so nothing is lost or
 * counted twice. Folding the queues into the rollups is {@link Rollups#drain()}'s job.
 */
@Component
class RollupListener {

    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final JdbcClient jdbc;

    RollupListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SaleRecorded sale) {
        LocalDate month = sale.occurredAt().atZone(MOROCCO).toLocalDate().withDayOfMonth(1);
        Map<List<Object>, BigDecimal[]> sums = new LinkedHashMap<>();
        for (SaleRecorded.Line line : sale.lines()) {
            BigDecimal[] sum = sums.computeIfAbsent(List.of(line.communeId(), line.valueChain()), k ->
                    new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(line.amount());
            sum[1] = sum[1].add(line.quantity());
            sum[2] = sum[2].add(BigDecimal.ONE);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (var entry : sums.entrySet()) {
            values.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            params.add(entry.getKey().get(0));
            params.add(month);
            params.add(sale.channel().name());
            params.add(entry.getKey().get(1));
            params.add(entry.getValue()[0]);
            params.add(entry.getValue()[1]);
            params.add(entry.getValue()[2].longValue());
        }
        jdbc.sql("insert into obs_sale_delta (commune_id, month, channel, value_chain, amount, quantity, lines) values "
                        + values)
                .params(params)
                .update();
    }

    @EventListener
    void on(ActorRegistered event) {
        dirty(event.actorId());
    }

    @EventListener
    void on(ActorStatusChanged event) {
        dirty(event.actorId());
    }

    @EventListener
    void on(MembershipChanged event) {
        dirty(event.actorId());
    }

    private void dirty(UUID actorId) {
        jdbc.sql("insert into obs_actor_dirty (actor_id) values (?) on conflict (actor_id) do nothing")
                .param(actorId)
                .update();
    }
}
