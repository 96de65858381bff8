package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** No sector above this share of the stands (at least one stand per sector, whatever the share). */
public record SectorBalance(BigDecimal max) {

    public static final SectorBalance NONE = new SectorBalance(BigDecimal.ONE);

    public SectorBalance {
        Shares.check(max);
    }

    /** The most stands one sector may hold: the share, rounded down, but at least one. */
    public int allowed(int stands) {
        return Math.max(
                1,
                max.multiply(BigDecimal.valueOf(stands))
                        .setScale(0, RoundingMode.FLOOR)
                        .intValueExact());
    }

    /** Whether one more stand may go to this candidate's sector. */
    public boolean admits(Candidate candidate, Collection<Candidate> selected, int stands) {
        long inSector = selected.stream()
                .filter(c -> c.sector().equals(candidate.sector()))
                .count();
        return inSector < allowed(stands);
    }

    /** Stands per sector, by sector code. */
    public static Map<String, Integer> bySector(Collection<Candidate> selected) {
        Map<String, Integer> counts = new TreeMap<>();
        selected.forEach(c -> counts.merge(c.sector(), 1, Integer::sum));
        return counts;
    }
}
