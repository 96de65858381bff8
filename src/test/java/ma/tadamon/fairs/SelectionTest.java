package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The selection's policies alone, and combined on constructed sets of applicants. */
class SelectionTest {

    static int seq;

    static Candidate candidate(int score, boolean women, boolean youth, String sector, boolean other) {
        return new Candidate(
                UUID.randomUUID(),
                BigDecimal.valueOf(score),
                women,
                youth,
                sector,
                other,
                Instant.parse("2027-01-01T00:00:00Z").plusSeconds(seq++));
    }

    static Candidate plain(int score, String sector) {
        return candidate(score, false, false, sector, false);
    }

    static BigDecimal share(String s) {
        return new BigDecimal(s);
    }

    @Test
    void womenLedQuotaCountsWomenLedAndRoundsUp() {
        WomenLedQuota quota = new WomenLedQuota(share("0.3"));
        assertThat(quota.required(10)).isEqualTo(3);
        assertThat(quota.required(11)).isEqualTo(4);
        assertThat(quota.counts(candidate(1, true, false, "A", false))).isTrue();
        assertThat(quota.counts(candidate(1, false, true, "A", true))).isFalse();
    }

    @Test
    void youthLedQuotaCountsYouthLed() {
        YouthLedQuota quota = new YouthLedQuota(share("0.25"));
        assertThat(quota.required(8)).isEqualTo(2);
        assertThat(quota.counts(candidate(1, false, true, "A", false))).isTrue();
        assertThat(quota.counts(candidate(1, true, false, "A", false))).isFalse();
    }

    @Test
    void otherRegionsShareCountsActorsFromElsewhere() {
        OtherRegionsShare quota = new OtherRegionsShare(share("0.2"));
        assertThat(quota.required(10)).isEqualTo(2);
        assertThat(quota.required(0)).isZero();
        assertThat(quota.counts(candidate(1, false, false, "A", true))).isTrue();
        assertThat(quota.counts(candidate(1, false, false, "A", false))).isFalse();
    }

    @Test
    void sectorBalanceAllowsTheShareRoundedDownButAtLeastOne() {
        SectorBalance balance = new SectorBalance(share("0.4"));
        assertThat(balance.allowed(10)).isEqualTo(4);
        assertThat(balance.allowed(2)).isEqualTo(1);
        List<Candidate> selected = new ArrayList<>(List.of(plain(9, "AGRIFOOD"), plain(8, "AGRIFOOD")));
        assertThat(balance.admits(plain(1, "AGRIFOOD"), selected, 5)).isFalse();
        assertThat(balance.admits(plain(1, "HANDICRAFTS"), selected, 5)).isTrue();
    }

    @Test
    void sharesOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> new WomenLedQuota(share("1.2"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SectorBalance(share("-0.1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reservesSeatsForWomenLedAndOtherRegionsBeforeTheBestScores() {
        List<Candidate> applicants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            applicants.add(plain(90 - i, i % 2 == 0 ? "AGRIFOOD" : "HANDICRAFTS"));
        }
        Candidate woman1 = candidate(40, true, false, "HANDICRAFTS", false);
        Candidate woman2 = candidate(30, true, false, "AGRIFOOD", false);
        Candidate woman3 = candidate(20, true, false, "HANDICRAFTS", false);
        Candidate elsewhere = candidate(10, false, false, "TOURISM", true);
        applicants.addAll(List.of(woman1, woman2, woman3, elsewhere));

        Selection selection = new Selection(
                5, List.of(new WomenLedQuota(share("0.4")), new OtherRegionsShare(share("0.2"))), SectorBalance.NONE);
        Selection.Proposal proposal = selection.propose(applicants, Set.of(), Set.of());

        assertThat(proposal.selected())
                .hasSize(5)
                .contains(woman1, woman2, elsewhere)
                .doesNotContain(woman3);
        assertThat(proposal.selected()).contains(applicants.get(0), applicants.get(1));
        assertThat(proposal.waitlist()).hasSize(5).startsWith(applicants.get(2), applicants.get(3));
        assertThat(proposal.rankOf(applicants.get(2).id())).isEqualTo(1);
        assertThat(proposal.allMet()).isTrue();
        assertThat(proposal.outcomes())
                .filteredOn(o -> o.code().equals("women"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.required()).isEqualTo(2);
                    assertThat(o.achieved()).isEqualTo(2);
                    assertThat(o.achievedShare()).isEqualByComparingTo("0.4");
                });
    }

    @Test
    void noSectorGoesAboveItsCapAndFreeStandsAreExplained() {
        List<Candidate> applicants = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            applicants.add(plain(90 - i, "AGRIFOOD"));
        }
        Candidate craft = plain(5, "HANDICRAFTS");
        applicants.add(craft);
        Selection selection = new Selection(4, List.of(), new SectorBalance(share("0.5")));
        Selection.Proposal proposal = selection.propose(applicants, Set.of(), Set.of());

        assertThat(SectorBalance.bySector(proposal.selected()))
                .containsEntry("AGRIFOOD", 2)
                .containsEntry("HANDICRAFTS", 1);
        assertThat(proposal.selected()).contains(craft, applicants.get(0), applicants.get(1));
        assertThat(proposal.freeStands()).isEqualTo(1);
        assertThat(proposal.freeStandsReason()).isEqualTo("fairs.selection.freeStands.capped");
        assertThat(proposal.outcomes())
                .singleElement()
                .satisfies(o -> assertThat(o.met()).isTrue());
    }

    @Test
    void explainsAMinimumItCannotMeetForWantOfApplicants() {
        List<Candidate> applicants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            applicants.add(plain(90 - i, "AGRIFOOD"));
        }
        Candidate youth = candidate(10, false, true, "AGRIFOOD", false);
        applicants.add(youth);
        Selection selection = new Selection(5, List.of(new YouthLedQuota(share("0.4"))), SectorBalance.NONE);
        Selection.Proposal proposal = selection.propose(applicants, Set.of(), Set.of());

        assertThat(proposal.selected()).hasSize(5).contains(youth);
        Selection.Outcome youthOutcome = proposal.outcomes().get(0);
        assertThat(youthOutcome.met()).isFalse();
        assertThat(youthOutcome.required()).isEqualTo(2);
        assertThat(youthOutcome.achieved()).isEqualTo(1);
        assertThat(youthOutcome.reasonKey()).isEqualTo("fairs.selection.short");
        assertThat(youthOutcome.detail()).isEqualTo(1);
    }

    @Test
    void keepsTheOrganisersDecisionsAgainstTheScores() {
        Candidate best = plain(99, "AGRIFOOD");
        Candidate second = plain(80, "AGRIFOOD");
        Candidate low = plain(10, "HANDICRAFTS");
        Selection selection = new Selection(2, List.of(), SectorBalance.NONE);
        Selection.Proposal proposal =
                selection.propose(List.of(best, second, low), Set.of(low.id()), Set.of(best.id()));
        assertThat(proposal.selected()).containsExactly(second, low);
        assertThat(proposal.waitlist()).containsExactly(best);
    }
}
