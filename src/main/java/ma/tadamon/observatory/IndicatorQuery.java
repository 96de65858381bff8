package ma.tadamon.observatory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.platform.indicators.PeriodGrain;
import org.jspecify.annotations.Nullable;

/**
 * A checked question to one indicator: within {@code scope}, broken down by the territories at
 * {@code level} (or the scope itself when null), by period when {@code grain} is given (periodic
 * indicators, within [{@code from}, {@code to})), and by the {@code by} dimensions, keeping only
 * the {@code filters}' values. Age bands are computed as of {@code asOfYear}.
 */
record IndicatorQuery(
        IndicatorDefinition indicator,
        Territory scope,
        @Nullable TerritoryLevel level,
        @Nullable PeriodGrain grain,
        LocalDate from,
        LocalDate to,
        List<Dimension> by,
        Map<Dimension, List<String>> filters,
        int asOfYear) {

    IndicatorQuery {
        by = List.copyOf(by);
        filters = Map.copyOf(filters);
    }

    /** The same question without any breakdown: its answer is the total row. */
    IndicatorQuery total() {
        return new IndicatorQuery(indicator, scope, null, null, from, to, List.of(), filters, asOfYear);
    }

    IndicatorQuery withoutPeriod() {
        return new IndicatorQuery(indicator, scope, level, null, from, to, by, filters, asOfYear);
    }
}
