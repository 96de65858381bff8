package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import ma.tadamon.geo.Territory;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's answer: its rows in order (territory, period, dimension values), the total of the
 * same question without breakdown, when the data last changed, and the coverage of the total
 * against the latest reference total of the scope, when the indicator has one.
 */
record IndicatorResult(
        IndicatorDefinition indicator,
        IndicatorQuery query,
        List<Row> rows,
        Row total,
        @Nullable Instant lastUpdated,
        @Nullable Coverage coverage) {

    record Row(
            @Nullable Territory territory,
            @Nullable String period,
            List<String> dimensions,
            BigDecimal numerator,
            @Nullable BigDecimal denominator,
            @Nullable BigDecimal value) {}

    /** The platform's figure against a reference total: {@code share} = value / reference × 100. */
    record Coverage(
            String measure,
            int year,
            BigDecimal reference,
            String source,
            @Nullable BigDecimal share) {}
}
