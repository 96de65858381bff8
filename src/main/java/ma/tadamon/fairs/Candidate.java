package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** An eligible application as the selection sees it: its score and what the quotas count. */
public record Candidate(
        UUID id,
        BigDecimal score,
        boolean womenLed,
        boolean youthLed,
        String sector,
        boolean otherRegion,
        Instant submittedAt) {

    /** Best score first; between equal scores, who applied first. */
    public static final Comparator<Candidate> BY_MERIT = Comparator.comparing(Candidate::score)
            .reversed()
            .thenComparing(Candidate::submittedAt)
            .thenComparing(Candidate::id);
}
