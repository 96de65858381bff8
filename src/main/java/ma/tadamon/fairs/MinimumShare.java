package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A selection rule that asks for at least a share of the stands to go to applicants of one kind
 * (women-led, youth-led, from other regions). The seats it needs are reserved first.
 */
public sealed interface MinimumShare permits WomenLedQuota, YouthLedQuota, OtherRegionsShare {

    /** Its name in messages: {@code fairs.quota.<code>}. */
    String code();

    /** The share between 0 and 1. */
    BigDecimal share();

    boolean counts(Candidate candidate);

    /** How many of the stands must go to such applicants: the share, rounded up. */
    default int required(int stands) {
        return share().multiply(BigDecimal.valueOf(stands))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }
}
