package ma.tadamon.fairs;

import java.math.BigDecimal;

/** At least this share of the stands to women-led actors (as the registry derives it from members and board). */
public record WomenLedQuota(BigDecimal share) implements MinimumShare {

    public WomenLedQuota {
        Shares.check(share);
    }

    @Override
    public String code() {
        return "women";
    }

    @Override
    public boolean counts(Candidate candidate) {
        return candidate.womenLed();
    }
}
