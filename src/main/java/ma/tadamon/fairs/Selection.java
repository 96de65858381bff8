package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Proposes who exhibits: from the eligible applications, best score first, {@code stands}
 * selected and the rest on an ordered waiting list. The seats the minimum shares need are
 * reserved first (for the best-scored applicants who count), no sector goes above its cap, and
 * the organiser's own decisions (forced in or out) are kept. Any quota it could not meet is
 * explained in the proposal.
 */
public final class Selection {

    private final int stands;
    private final List<MinimumShare> minimums;
    private final SectorBalance sectors;

    public Selection(int stands, List<MinimumShare> minimums, SectorBalance sectors) {
        if (stands < 0) {
            throw new IllegalArgumentException("stands < 0");
        }
        this.stands = stands;
        this.minimums = List.copyOf(minimums);
        this.sectors = sectors;
    }

    /** The edition's quotas; without a stand target, every eligible applicant has a stand. */
    public static Selection forEdition(Edition edition, int eligible) {
        Edition.Quotas q = edition.quotas();
        List<MinimumShare> minimums = new ArrayList<>();
        if (positive(q.womenMin())) {
            minimums.add(new WomenLedQuota(q.womenMin()));
        }
        if (positive(q.youthMin())) {
            minimums.add(new YouthLedQuota(q.youthMin()));
        }
        if (positive(q.otherRegionsMin())) {
            minimums.add(new OtherRegionsShare(q.otherRegionsMin()));
        }
        SectorBalance sectors = q.sectorMax() == null ? SectorBalance.NONE : new SectorBalance(q.sectorMax());
        return new Selection(edition.standTarget() == null ? eligible : edition.standTarget(), minimums, sectors);
    }

    public Proposal propose(Collection<Candidate> eligible, Set<UUID> forcedIn, Set<UUID> forcedOut) {
        List<Candidate> pool = eligible.stream().sorted(Candidate.BY_MERIT).toList();
        List<Candidate> selected = new ArrayList<>(
                pool.stream().filter(c -> forcedIn.contains(c.id())).toList());
        List<Candidate> open = pool.stream()
                .filter(c -> !forcedIn.contains(c.id()) && !forcedOut.contains(c.id()))
                .toList();
        for (MinimumShare minimum : minimums) {
            int missing = minimum.required(stands) - count(selected, minimum);
            for (Candidate c : open) {
                if (missing <= 0 || selected.size() >= stands) {
                    break;
                }
                if (!selected.contains(c) && minimum.counts(c) && sectors.admits(c, selected, stands)) {
                    selected.add(c);
                    missing--;
                }
            }
        }
        boolean cappedOut = false;
        for (Candidate c : open) {
            if (selected.size() >= stands) {
                break;
            }
            if (!selected.contains(c)) {
                if (sectors.admits(c, selected, stands)) {
                    selected.add(c);
                } else {
                    cappedOut = true;
                }
            }
        }
        selected.sort(Candidate.BY_MERIT);
        List<Candidate> waitlist =
                pool.stream().filter(c -> !selected.contains(c)).toList();

        List<Outcome> outcomes = new ArrayList<>();
        for (MinimumShare minimum : minimums) {
            int required = minimum.required(stands);
            int achieved = count(selected, minimum);
            long available = pool.stream().filter(minimum::counts).count();
            outcomes.add(new Outcome(
                    minimum.code(),
                    minimum.share(),
                    required,
                    achieved,
                    share(achieved, selected.size()),
                    achieved >= required,
                    achieved >= required ? null : "fairs.selection.short",
                    available));
        }
        if (sectors.max().compareTo(BigDecimal.ONE) < 0) {
            int allowed = sectors.allowed(stands);
            Map<String, Integer> bySector = SectorBalance.bySector(selected);
            int highest = bySector.values().stream().mapToInt(i -> i).max().orElse(0);
            outcomes.add(new Outcome(
                    "sectorMax",
                    sectors.max(),
                    allowed,
                    highest,
                    share(highest, selected.size()),
                    highest <= allowed,
                    highest <= allowed ? null : "fairs.selection.sectorOver",
                    allowed));
        }
        int free = Math.max(0, stands - selected.size());
        @Nullable
        String freeReason =
                free == 0 ? null : cappedOut ? "fairs.selection.freeStands.capped" : "fairs.selection.freeStands.few";
        return new Proposal(List.copyOf(selected), waitlist, List.copyOf(outcomes), stands, free, freeReason);
    }

    private static int count(List<Candidate> selected, MinimumShare minimum) {
        return (int) selected.stream().filter(minimum::counts).count();
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static boolean positive(@Nullable BigDecimal share) {
        return share != null && share.signum() > 0;
    }

    /** Who is selected (best first), the waiting list in order, and each quota against what it asked. */
    public record Proposal(
            List<Candidate> selected,
            List<Candidate> waitlist,
            List<Outcome> outcomes,
            int stands,
            int freeStands,
            @Nullable String freeStandsReason) {

        public boolean selects(UUID id) {
            return selected.stream().anyMatch(c -> c.id().equals(id));
        }

        /** 1 for the first on the waiting list; 0 when not on it. */
        public int rankOf(UUID id) {
            for (int i = 0; i < waitlist.size(); i++) {
                if (waitlist.get(i).id().equals(id)) {
                    return i + 1;
                }
            }
            return 0;
        }

        public boolean allMet() {
            return outcomes.stream().allMatch(Outcome::met);
        }
    }

    /**
     * One quota in the proposal: its share, the stands it asks for (at least, or at most for the
     * sector cap), what the proposal achieves, and why not when it falls short ({@code reasonKey},
     * with {@code detail}: the applicants available, or the stands a sector may hold).
     */
    public record Outcome(
            String code,
            BigDecimal quota,
            int required,
            int achieved,
            BigDecimal achievedShare,
            boolean met,
            @Nullable String reasonKey,
            long detail) {}
}
