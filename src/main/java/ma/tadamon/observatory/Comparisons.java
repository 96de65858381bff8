package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.tadamon.geo.Territory;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Two to four territories side by side on one indicator: for a periodic indicator, each one's
 * value in period A and in period B with the difference and the change; for a stock, each one's
 * value as of now. Every value is the open-data API's total for the same territory and period.
 */
@Component
class Comparisons {

    static final int MIN_TERRITORIES = 2;
    static final int MAX_TERRITORIES = 4;

    private final Indicators indicators;

    Comparisons(Indicators indicators) {
        this.indicators = indicators;
    }

    record Line(
            Territory territory,
            @Nullable BigDecimal a,
            @Nullable BigDecimal b,
            @Nullable BigDecimal difference,
            @Nullable BigDecimal change) {}

    record Comparison(
            IndicatorDefinition indicator,
            @Nullable String a,
            @Nullable String b,
            List<Line> lines) {

        public boolean periodic() {
            return indicator.periodic();
        }
    }

    /**
     * Compares {@code territoryCodes} (blank ones ignored); periods are written as the API's
     * {@code from}/{@code to} (2025, 2025-03…) and each covers its whole year, month or day.
     */
    Comparison compare(
            IndicatorDefinition indicator, List<String> territoryCodes, @Nullable String a, @Nullable String b) {
        List<Territory> territories = new ArrayList<>();
        for (String code : territoryCodes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            Territory territory = indicators
                    .territories()
                    .byCode(code)
                    .orElseThrow(() -> new InvalidRequestException("territory", "obs.error.territory", code.trim()));
            if (territories.stream().noneMatch(t -> t.id() == territory.id())) {
                territories.add(territory);
            }
        }
        if (territories.size() < MIN_TERRITORIES || territories.size() > MAX_TERRITORIES) {
            throw new InvalidRequestException(
                    "territory", "obs.compare.error.territories", MIN_TERRITORIES, MAX_TERRITORIES);
        }
        LocalDate today = LocalDate.now(RollupListener.MOROCCO);
        if (!indicator.periodic()) {
            List<Line> lines = new ArrayList<>();
            for (Territory territory : territories) {
                lines.add(new Line(territory, value(indicator, territory, null, today), null, null, null));
            }
            return new Comparison(indicator, null, null, lines);
        }
        String periodA = required("a", a);
        String periodB = required("b", b);
        Indicators.date("a", periodA, false);
        Indicators.date("b", periodB, false);
        List<Line> lines = new ArrayList<>();
        for (Territory territory : territories) {
            BigDecimal valueA = value(indicator, territory, periodA, today);
            BigDecimal valueB = value(indicator, territory, periodB, today);
            BigDecimal difference = valueA == null || valueB == null ? null : valueB.subtract(valueA);
            BigDecimal change = difference == null || valueA.signum() == 0
                    ? null
                    : difference.multiply(BigDecimal.valueOf(100)).divide(valueA.abs(), 1, RoundingMode.HALF_UP);
            lines.add(new Line(territory, valueA, valueB, difference, change));
        }
        return new Comparison(indicator, periodA, periodB, lines);
    }

    /** The comparison as a download table: stable codes first, then names and values. */
    IndicatorTable.Table table(Comparison comparison, Locale locale) {
        List<String> header = new ArrayList<>(List.of("territory", "territory_name"));
        if (comparison.periodic()) {
            header.addAll(
                    List.of("value_" + comparison.a(), "value_" + comparison.b(), "difference", "change_percent"));
        } else {
            header.add("value");
        }
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Line line : comparison.lines()) {
            List<@Nullable Object> cells = new ArrayList<>();
            cells.add(line.territory().code());
            cells.add(line.territory().name(locale));
            cells.add(line.a());
            if (comparison.periodic()) {
                cells.add(line.b());
                cells.add(line.difference());
                cells.add(line.change());
            }
            rows.add(cells);
        }
        return new IndicatorTable.Table(header, rows);
    }

    private @Nullable BigDecimal value(
            IndicatorDefinition indicator, Territory territory, @Nullable String period, LocalDate today) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("territory", territory.code());
        if (period != null) {
            parameters.put("from", period);
            parameters.put("to", period);
        }
        return indicators
                .run(indicators.parse(indicator, parameters, today))
                .total()
                .value();
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, "obs.compare.error.period");
        }
        return value.trim();
    }
}
