package ma.tadamon.fairs;

import java.math.BigDecimal;

/** At least this share of the stands to youth-led actors. */
public record YouthLedQuota(BigDecimal share) implements MinimumShare {

    public YouthLedQuota {
        Shares.check(share);
    }

    @Override
    public String code() {
        return "youth";
    }

    @Override
    public boolean counts(Candidate candidate) {
        return candidate.youthLed();
    }
}
