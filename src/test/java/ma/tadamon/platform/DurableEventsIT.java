package ma.tadamon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.party.NewParty;
import ma.tadamon.party.Parties;
import ma.tadamon.support.EventProbe;
import ma.tadamon.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Domain events go through Spring Modulith's JDBC publication registry: stored, delivered, completed. */
@IntegrationTest
class DurableEventsIT {

    @Autowired
    Parties parties;

    @Autowired
    EventProbe.Listener listener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCommittedEventIsRecordedThenDeliveredAndMarkedComplete() {
        UUID id = parties.register(
                new NewParty("NETWORK", "شبكة التجربة", "Réseau d’essai", null, null, null, null, Set.of("NETWORK")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        listener.received().stream().anyMatch(e -> e.partyId().equals(id)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from event_publication
                        where serialized_event like ? and completion_date is not null""")
                                .param("%" + id + "%")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
    }

    @Test
    void aRolledBackWriteLeavesNoEvent() {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            parties.register(id, new NewParty("NETWORK", "شبكة ملغاة", null, null, null, null, null, Set.of()), false);
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                        .param("%" + id + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(listener.received()).noneMatch(e -> e.partyId().equals(id));
    }
}
