package ma.tadamon.platform.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a provider's answer: the territory the facts are located in (a commune, or a coarser
 * territory when that is all that is known), the start of their period when grouped by period,
 * the dimension values asked for, and the numerator and denominator summed over them.
 */
public record IndicatorFact(
        long territoryId,
        @Nullable LocalDate periodStart,
        Map<Dimension, String> dimensions,
        BigDecimal numerator,
        @Nullable BigDecimal denominator) {

    public IndicatorFact {
        dimensions = Map.copyOf(dimensions);
    }
}
