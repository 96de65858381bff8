package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.junit.jupiter.api.Test;

class ProgrammeClashesTest {

    static final LocalDate DAY = LocalDate.of(2025, 12, 20);

    static ProgrammeSession session(String space, LocalDate day, String from, String to, SessionStatus status) {
        return new ProgrammeSession(
                UUID.randomUUID(),
                UUID.randomUUID(),
                SessionKind.TRAINING,
                null,
                new LocalizedText("تكوين", "Formation", null),
                new LocalizedText(null, null, null),
                null,
                day,
                LocalTime.parse(from),
                LocalTime.parse(to),
                space,
                30,
                "ar",
                true,
                status,
                0,
                0);
    }

    static ProgrammeSession session(String space, String from, String to) {
        return session(space, DAY, from, to, SessionStatus.CONFIRMED);
    }

    @Test
    void overlappingSessionsInTheSameSpaceClash() {
        ProgrammeSession a = session("Espace formation", "10:00", "12:00");
        ProgrammeSession b = session("Espace formation", "11:30", "13:00");
        assertThat(ProgrammeClashes.in(List.of(b, a))).singleElement().satisfies(c -> {
            assertThat(c.first()).isEqualTo(a);
            assertThat(c.second()).isEqualTo(b);
        });
    }

    @Test
    void aSessionInsideAnotherClashes() {
        assertThat(ProgrammeClashes.clash(session("Scène", "18:00", "22:00"), session("Scène", "19:00", "20:00")))
                .isTrue();
    }

    @Test
    void backToBackSessionsDoNotClash() {
        assertThat(ProgrammeClashes.clash(
                        session("Espace formation", "10:00", "12:00"), session("Espace formation", "12:00", "13:00")))
                .isFalse();
    }

    @Test
    void spacesAreComparedIgnoringCaseAndSpacing() {
        assertThat(ProgrammeClashes.clash(
                        session("Espace  formation ", "10:00", "12:00"), session("espace formation", "11:00", "12:30")))
                .isTrue();
    }

    @Test
    void otherSpacesOrOtherDaysDoNotClash() {
        assertThat(ProgrammeClashes.clash(
                        session("Espace formation", "10:00", "12:00"), session("Scène culturelle", "10:00", "12:00")))
                .isFalse();
        assertThat(ProgrammeClashes.clash(
                        session("Espace formation", "10:00", "12:00"),
                        session("Espace formation", DAY.plusDays(1), "10:00", "12:00", SessionStatus.CONFIRMED)))
                .isFalse();
    }

    @Test
    void cancelledSessionsClashWithNothing() {
        ProgrammeSession cancelled = session("Espace formation", DAY, "10:00", "12:00", SessionStatus.CANCELLED);
        assertThat(ProgrammeClashes.in(List.of(cancelled, session("Espace formation", "10:00", "12:00"))))
                .isEmpty();
    }

    @Test
    void draftsClashToo() {
        ProgrammeSession draft = session("Espace formation", DAY, "10:00", "12:00", SessionStatus.DRAFT);
        assertThat(ProgrammeClashes.in(List.of(draft, session("Espace formation", "09:00", "10:30"))))
                .hasSize(1);
    }

    @Test
    void threeOverlappingSessionsMakeThreePairs() {
        assertThat(ProgrammeClashes.in(List.of(
                        session("A", "10:00", "12:00"),
                        session("A", "10:30", "11:00"),
                        session("A", "10:45", "13:00"))))
                .hasSize(3);
    }

    @Test
    void initialsHideTheNameAndSkipTheArabicArticle() {
        assertThat(Registration.initialsOf("Fatima Zahra Amrani")).isEqualTo("F. Z. A.");
        assertThat(Registration.initialsOf("فاطمة الزهراء")).isEqualTo("ف. ز.");
    }
}
