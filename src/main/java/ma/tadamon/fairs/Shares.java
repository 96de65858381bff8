package ma.tadamon.fairs;

import java.math.BigDecimal;

final class Shares {

    private Shares() {}

    static void check(BigDecimal share) {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A share lies between 0 and 1: " + share);
        }
    }
}
