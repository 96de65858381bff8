package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ma.tadamon.geo.Territory;
import ma.tadamon.observatory.DashboardView.Download;
import ma.tadamon.observatory.DashboardView.Flow;
import ma.tadamon.platform.indicators.Dimension;
import org.jspecify.annotations.Nullable;

/**
 * The questions asked about one territory for one year — by a dashboard or a yearly report: stocks
 * as of now, flows within the year (or the same period of the year before, so a year under way is
 * compared with as much of the last). Remembers the latest update of every answer.
 */
final class TerritoryQuestions {

    private final Indicators indicators;

    private final Territory territory;
    private final int year;
    private final LocalDate today;

    @Nullable
    Instant lastUpdated;

    TerritoryQuestions(Indicators indicators, Territory territory, int year, LocalDate today) {
        this.indicators = indicators;
        this.territory = territory;
        this.year = year;
        this.today = today;
    }

    IndicatorResult stock(String code) {
        return stock(code, Map.of());
    }

    IndicatorResult stock(String code, Map<String, String> more) {
        return ask(code, parameters(more, null, null));
    }

    /** The flow of the year, with its change against the same period of the year before. */
    Flow flow(String code) {
        BigDecimal value = Dashboards.total(flow(code, Map.of(), false));
        BigDecimal previous = Dashboards.total(flow(code, Map.of(), true));
        BigDecimal change = previous.signum() == 0
                ? null
                : value.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 1, RoundingMode.HALF_UP);
        return new Flow(value, previous, change);
    }

    IndicatorResult flow(String code, Map<String, String> more, boolean previousYear) {
        String from = more.getOrDefault("from", Integer.toString(previousYear ? year - 1 : year));
        String to = !previousYear
                ? Integer.toString(year)
                : year == today.getYear() ? today.minusYears(1).toString() : Integer.toString(year - 1);
        return ask(code, parameters(more, from, to));
    }

    private Map<String, String> parameters(Map<String, String> more, @Nullable String from, @Nullable String to) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("territory", territory.code());
        parameters.putAll(more);
        if (from != null) {
            parameters.put("from", from);
            parameters.put("to", Objects.requireNonNull(to));
        }
        return parameters;
    }

    IndicatorResult ask(String code, Map<String, String> parameters) {
        IndicatorResult result = indicators.run(indicators.parse(indicators.find(code, false), parameters, today));
        if (result.lastUpdated() != null
                && (lastUpdated == null || result.lastUpdated().isAfter(lastUpdated))) {
            lastUpdated = result.lastUpdated();
        }
        return result;
    }

    /** The open data address of an answer: the same parameters it was asked with. */
    Download download(IndicatorResult result, Locale locale) {
        IndicatorQuery query = result.query();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("territory", query.scope().code());
        if (query.level() != null) {
            parameters.put("level", query.level().name());
        }
        if (query.grain() != null) {
            parameters.put("period", query.grain().name());
        }
        if (result.indicator().periodic()) {
            parameters.put("from", query.from().toString());
            parameters.put("to", query.to().minusDays(1).toString());
        }
        if (!query.by().isEmpty()) {
            parameters.put(
                    "by",
                    String.join(
                            ",", query.by().stream().map(Dimension::parameter).toList()));
        }
        return Download.of(result.indicator().code(), result.indicator().name().in(locale), parameters);
    }
}
