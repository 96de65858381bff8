package ma.tadamon.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import ma.tadamon.party.PartyRegistered;
import ma.tadamon.sales.SaleRecorded;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/** A listener of domain events as a later module would write one, to test their durable delivery. */
@TestConfiguration(proxyBeanMethods = false)
public class EventProbe {

    @Bean
    Listener eventProbeListener() {
        return new Listener();
    }

    public static class Listener {
        private final List<PartyRegistered> received = new CopyOnWriteArrayList<>();

        public List<PartyRegistered> received() {
            return received;
        }

        private final List<SaleRecorded> sales = new CopyOnWriteArrayList<>();

        public List<SaleRecorded> sales() {
            return sales;
        }

        @ApplicationModuleListener
        void on(PartyRegistered event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(SaleRecorded event) {
            sales.add(event);
        }
    }
}
