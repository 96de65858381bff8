package ma.tadamon.platform.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis from {@code lo} to {@code hi} in round steps (1, 2 or 5 times a power of ten) that
 * always includes zero, so a bar always starts at the baseline and a negative value hangs below it.
 */
record NiceScale(double lo, double hi, double step) {

    static NiceScale of(double min, double max, int ticks) {
        double lo = Math.min(0, min);
        double hi = Math.max(0, max);
        if (hi - lo <= 0 || !Double.isFinite(hi - lo)) {
            return new NiceScale(0, 1, 0.2);
        }
        double step = step((hi - lo) / Math.max(1, ticks));
        return new NiceScale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** The smallest of 1, 2, 5 × 10ⁿ at least {@code rough}. */
    static double step(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long first = Math.round(lo / step);
        long last = Math.round(hi / step);
        for (long i = first; i <= last; i++) {
            // In decimal, so that the third tick of 0.2 is 0.6, not 0.6000000000000001.
            ticks.add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i)).doubleValue());
        }
        return ticks;
    }

    /** Where a value sits between the axis ends, 0 at {@code lo} and 1 at {@code hi}. */
    double fraction(double value) {
        return (value - lo) / (hi - lo);
    }
}
