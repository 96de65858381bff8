package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One computed row: the territory (when broken down by level), the period start (when by period),
 * the values of the query's {@code by} dimensions in their order, and the summed numerator and
 * denominator.
 */
record FactRow(
        @Nullable Long territoryId,
        @Nullable LocalDate period,
        List<String> dimensions,
        BigDecimal numerator,
        @Nullable BigDecimal denominator) {

    FactRow {
        dimensions = List.copyOf(dimensions);
    }

    /** What rows are summed by. */
    List<Object> key() {
        return java.util.Arrays.asList(territoryId, period, dimensions);
    }
}
