package ma.tadamon.registry;

import java.util.Map;
import ma.tadamon.platform.AgeBand;

/** What the public may know of an actor's members: counts by gender and by age band. */
public record MemberStats(int total, int women, int men, Map<AgeBand, int[]> byAgeBand, int unknownAge) {

    /** Women and men in one age band: {@code [women, men]}. */
    public int[] in(AgeBand band) {
        return byAgeBand.getOrDefault(band, new int[2]);
    }
}
