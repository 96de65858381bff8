package ma.tadamon.fairs;

import java.math.BigDecimal;

/** At least this share of the stands to actors from regions other than the edition's. */
public record OtherRegionsShare(BigDecimal share) implements MinimumShare {

    public OtherRegionsShare {
        Shares.check(share);
    }

    @Override
    public String code() {
        return "otherRegions";
    }

    @Override
    public boolean counts(Candidate candidate) {
        return candidate.otherRegion();
    }
}
