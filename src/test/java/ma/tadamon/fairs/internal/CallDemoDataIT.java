package ma.tadamon.fairs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import ma.tadamon.fairs.Applications;
import ma.tadamon.fairs.DemoFairIds;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.NewEdition;
import ma.tadamon.fairs.ScoreGrid;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The call's demo data on Agadir's 2nd edition: applications, some scored, loaded once. */
@IntegrationTest
class CallDemoDataIT {

    @Autowired
    CallDemoData demo;

    @Autowired
    Editions editions;

    @Autowired
    Applications applications;

    @Autowired
    ScoreGrid grid;

    @Autowired
    Territories territories;

    @Test
    void loadsScoredApplicationsOnAgadirsSecondEditionOnce() {
        if (editions.find(DemoFairIds.AGADIR_2).isEmpty()) {
            // Before the core demo data creates it: an edition like it.
            editions.create(
                    DemoFairIds.AGADIR_2,
                    new NewEdition(
                            new LocalizedText(null, "Souk solidaire itinérant d’Agadir", null),
                            2,
                            territories.byCode("09").orElseThrow().id(),
                            new LocalizedText(null, "Place Al Amal", null),
                            LocalDate.of(2027, 4, 10),
                            LocalDate.of(2027, 4, 18),
                            null,
                            null,
                            4000,
                            new LocalizedText(null, null, null),
                            Instant.now().plus(60, ChronoUnit.DAYS),
                            true,
                            150,
                            Edition.Quotas.NONE));
            editions.changeStatus(DemoFairIds.AGADIR_2, EditionStatus.CALL_OPEN);
        }
        demo.load();
        var loaded = applications.ofEdition(DemoFairIds.AGADIR_2, Applications.Filter.ALL);
        assertThat(grid.criteria(DemoFairIds.AGADIR_2)).hasSize(5);
        assertThat(loaded).isNotEmpty().anyMatch(a -> a.score() != null);
        demo.load();
        assertThat(applications.ofEdition(DemoFairIds.AGADIR_2, Applications.Filter.ALL))
                .hasSameSizeAs(loaded);
    }
}
