package ma.tadamon.fairs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.NewEdition;
import ma.tadamon.fairs.Programme;
import ma.tadamon.fairs.ProgrammeClashes;
import ma.tadamon.fairs.ProgrammeFigures;
import ma.tadamon.fairs.SessionStatus;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo programmes fit editions like the core demo data's (default opening hours), without
 * clashes: the seeds' five trainings and the evenings in Taounate, certificates for the closed
 * editions, and a draft programme for the edition whose call is open.
 */
@IntegrationTest
class ProgrammeDemoDataIT {

    @Autowired
    ProgrammeDemoData demo;

    @Autowired
    Editions editions;

    @Autowired
    Programme programme;

    @Autowired
    ProgrammeFigures figures;

    @Autowired
    Territories territories;

    Edition edition(String region, LocalDate from, LocalDate to, EditionStatus status) {
        UUID id = editions.create(new NewEdition(
                new LocalizedText("سوق تضامني", "Souk de démonstration " + UUID.randomUUID(), null),
                2,
                territories.byCode(region).orElseThrow().id(),
                new LocalizedText(null, "Place", null),
                from,
                to,
                null,
                null,
                null,
                new LocalizedText(null, null, null),
                null,
                true,
                null,
                Edition.Quotas.NONE));
        Edition edition = editions.get(id);
        while (edition.status() != status) {
            EditionStatus next = edition.status().ordinal() < status.ordinal()
                    ? EditionStatus.values()[edition.status().ordinal() + 1]
                    : status;
            edition = editions.changeStatus(id, next);
        }
        return edition;
    }

    @Test
    void taounatesClosedEditionHasTheSeedTrainingsWithCertificates() {
        Edition taounate = edition("03", LocalDate.of(2025, 12, 19), LocalDate.of(2025, 12, 26), EditionStatus.CLOSED);
        demo.taounate(taounate);
        var sessions = programme.of(taounate.id());
        assertThat(sessions).hasSize(8).allMatch(s -> s.status() == SessionStatus.CONFIRMED);
        assertThat(sessions.stream()
                        .filter(s -> s.topic() != null)
                        .map(s -> s.topic().name()))
                .contains("FINANCING", "MARKETING_PLAN", "E_MARKETING", "PACKAGING", "CERTIFICATION");
        assertThat(ProgrammeClashes.in(sessions)).isEmpty();
        ProgrammeFigures.Figures f = figures.of(taounate.id());
        assertThat(f.sessions()).isEqualTo(8);
        assertThat(f.trainings()).isEqualTo(5);
        assertThat(f.registrations()).isEqualTo(22 + 24 + 25 + 19 + 27 + 20);
        assertThat(f.attended()).isEqualTo(f.certificates()).isEqualTo(18 + 20 + 21 + 15 + 23 + 16);
    }

    @Test
    void agadirsEditionsHaveEveningsOnTheStageAndADraftProgramme() {
        Edition first = edition("09", LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4), EditionStatus.CLOSED);
        demo.agadir(first);
        assertThat(programme.of(first.id()))
                .hasSize(7)
                .filteredOn(s -> s.space().contains("Scène culturelle"))
                .hasSize(3);
        assertThat(figures.of(first.id()).certificates()).isPositive();

        Edition next = edition("09", LocalDate.of(2027, 4, 10), LocalDate.of(2027, 4, 16), EditionStatus.CALL_OPEN);
        demo.agadirDraft(next);
        assertThat(programme.of(next.id())).hasSize(5).allMatch(s -> s.status() == SessionStatus.DRAFT);
        assertThat(programme.published(next.id())).isEmpty();
    }
}
