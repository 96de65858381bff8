package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.observatory.DashboardView.Child;
import ma.tadamon.observatory.DashboardView.Coverage;
import ma.tadamon.observatory.DashboardView.DashboardChart;
import ma.tadamon.observatory.DashboardView.Download;
import ma.tadamon.observatory.DashboardView.Figure;
import ma.tadamon.observatory.DashboardView.Figures;
import ma.tadamon.observatory.DashboardView.Flow;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a territory's public dashboard from indicator questions only — the same questions the
 * open data API answers, so every figure on the page can be downloaded and checked. Flows (sales,
 * creations, fairs) are counted for the chosen year and compared with the same period of the year
 * before; stocks (actors, members) are as of now.
 */
@Service
class Dashboards {

    /** Years offered in the selector, and shown in the chart of creations. */
    static final int YEARS = 10;

    /** The first year a dashboard can be asked for. */
    static final int FIRST_YEAR = 2000;

    static final List<String> SIZES = List.of("actors", "members", "sales");

    private final Indicators indicators;
    private final DimensionLabels labels;
    private final MessageSource messages;

    Dashboards(Indicators indicators, DimensionLabels labels, MessageSource messages) {
        this.indicators = indicators;
        this.labels = labels;
        this.messages = messages;
    }

    /** The territory of a code, the country when blank; an unknown code is a page not found. */
    Territory territory(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return indicators.territories().country();
        }
        return indicators.territories().byCode(code).orElseThrow(() -> new NotFoundException("obs.dash.notFound"));
    }

    /** The year asked for, this year when absent; a year that is not one between 2000 and now is refused. */
    int year(@Nullable String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today.getYear();
        }
        String v = value.trim();
        if (!v.matches("\\d{4}") || Integer.parseInt(v) < FIRST_YEAR || Integer.parseInt(v) > today.getYear()) {
            throw new InvalidRequestException("year", "obs.dash.error.year", FIRST_YEAR, today.getYear());
        }
        return Integer.parseInt(v);
    }

    @Transactional(readOnly = true)
    DashboardView view(Territory territory, int year, @Nullable String size, Locale locale, LocalDate today) {
        TerritoryQuestions ask = new TerritoryQuestions(indicators, territory, year, today);
        DimensionLabels.Labeller labeller = labels.labeller(locale);

        IndicatorResult actors = ask.stock("registry.actors");
        IndicatorResult cooperatives = ask.stock("registry.cooperatives");
        IndicatorResult womenLed = ask.stock("registry.women-led-cooperatives");
        IndicatorResult members = ask.stock("registry.members");
        IndicatorResult cooperativeMembers = ask.stock("registry.cooperative-members");
        Figures figures = new Figures(
                total(actors),
                total(cooperatives),
                coverage(cooperatives),
                total(womenLed),
                coverage(womenLed),
                total(members),
                coverage(cooperativeMembers),
                total(cooperativeMembers),
                ask.stock("registry.women-members-share").total().value(),
                ask.stock("registry.women-led-share").total().value(),
                ask.stock("registry.youth-led-share").total().value(),
                ask.flow("sales.amount"),
                ask.flow("sales.revenue-per-member", Map.of(), false).total().value(),
                ask.flow("registry.cooperatives-created"));

        List<Figure> fairs = new ArrayList<>();
        for (IndicatorDefinition fair : indicators.all(false)) {
            if (!fair.code().startsWith("fairs.")) {
                continue;
            }
            try {
                Flow flow =
                        fair.periodic() ? ask.flow(fair.code()) : new Flow(total(ask.stock(fair.code())), null, null);
                fairs.add(new Figure(
                        fair.code(),
                        fair.name().in(locale),
                        fair.unit() == ma.tadamon.platform.indicators.Unit.MAD,
                        flow));
            } catch (InvalidRequestException notAtThisLevel) {
                // an indicator not known at this territory's level is not shown here
            }
        }

        TerritoryLevel childLevel = territory.level().child();
        String sizedBy = size != null && SIZES.contains(size) ? size : SIZES.get(0);
        List<Child> children = new ArrayList<>();
        List<Download> childDownloads = new ArrayList<>();
        if (childLevel != null) {
            Map<String, String> level = Map.of("level", childLevel.name());
            IndicatorResult actorsBy = ask.stock("registry.actors", level);
            IndicatorResult membersBy = ask.stock("registry.members", level);
            IndicatorResult salesBy = ask.flow("sales.amount", level, false);
            Map<String, BigDecimal> a = byTerritory(actorsBy);
            Map<String, BigDecimal> m = byTerritory(membersBy);
            Map<String, BigDecimal> s = byTerritory(salesBy);
            for (Territory child : indicators.territories().children(territory.id())) {
                BigDecimal[] at = place(child);
                BigDecimal ac = a.getOrDefault(child.code(), BigDecimal.ZERO);
                BigDecimal me = m.getOrDefault(child.code(), BigDecimal.ZERO);
                BigDecimal sa = s.getOrDefault(child.code(), BigDecimal.ZERO);
                BigDecimal sized = switch (sizedBy) {
                    case "members" -> me;
                    case "sales" -> sa;
                    default -> ac;
                };
                children.add(new Child(child, ac, me, sa, at[0], at[1], sized));
            }
            childDownloads.add(ask.download(actorsBy, locale));
            childDownloads.add(ask.download(membersBy, locale));
            childDownloads.add(ask.download(salesBy, locale));
        }
        Child childTotals = new Child(
                null, figures.actors(), figures.members(), figures.sales().value(), null, null, BigDecimal.ZERO);

        List<DashboardChart> charts = new ArrayList<>();
        IndicatorResult byForm = ask.stock("registry.actors", Map.of("by", "type,status"));
        charts.add(chart(
                "dash-actors",
                message("obs.dash.chart.actors", locale),
                labels.name(Dimension.TYPE, locale),
                byForm,
                r -> r.dimensions().get(0),
                present(
                        indicators.values(Dimension.TYPE),
                        byForm,
                        r -> r.dimensions().get(0)),
                code -> labeller.label(Dimension.TYPE, code),
                r -> r.dimensions().get(1),
                present(
                        indicators.values(Dimension.STATUS),
                        byForm,
                        r -> r.dimensions().get(1)),
                code -> labeller.label(Dimension.STATUS, code),
                false,
                ask.download(byForm, locale)));
        IndicatorResult byAge = ask.stock("registry.members", Map.of("by", "ageBand,gender"));
        charts.add(chart(
                "dash-members",
                message("obs.dash.chart.members", locale),
                labels.name(Dimension.AGE_BAND, locale),
                byAge,
                r -> r.dimensions().get(0),
                present(
                        indicators.values(Dimension.AGE_BAND),
                        byAge,
                        r -> r.dimensions().get(0)),
                code -> labeller.label(Dimension.AGE_BAND, code),
                r -> r.dimensions().get(1),
                List.copyOf(indicators.values(Dimension.GENDER)),
                code -> labeller.label(Dimension.GENDER, code),
                false,
                ask.download(byAge, locale)));
        IndicatorResult byMonth = ask.flow("sales.amount", Map.of("period", "MONTH", "by", "channel"), false);
        charts.add(chart(
                "dash-sales-months",
                message("obs.dash.chart.salesMonths", locale),
                message("obs.dash.month", locale),
                byMonth,
                IndicatorResult.Row::period,
                IntStream.rangeClosed(1, 12)
                        .mapToObj(month -> "%d-%02d".formatted(year, month))
                        .toList(),
                month -> month,
                r -> r.dimensions().get(0),
                present(
                        indicators.values(Dimension.CHANNEL),
                        byMonth,
                        r -> r.dimensions().get(0)),
                code -> labeller.label(Dimension.CHANNEL, code),
                true,
                ask.download(byMonth, locale)));
        IndicatorResult byChain = ask.flow("sales.amount", Map.of("by", "valueChain"), false);
        charts.add(chart(
                "dash-sales-chains",
                message("obs.dash.chart.salesChains", locale),
                labels.name(Dimension.VALUE_CHAIN, locale),
                byChain,
                r -> r.dimensions().get(0),
                present(
                        indicators.values(Dimension.VALUE_CHAIN),
                        byChain,
                        r -> r.dimensions().get(0)),
                code -> labeller.label(Dimension.VALUE_CHAIN, code),
                r -> "",
                List.of(""),
                code -> byChain.indicator().name().in(locale),
                false,
                ask.download(byChain, locale)));
        Map<String, String> tenYears = new LinkedHashMap<>();
        tenYears.put("period", "YEAR");
        tenYears.put("from", Integer.toString(year - YEARS + 1));
        IndicatorResult created = ask.flow("registry.cooperatives-created", tenYears, false);
        charts.add(chart(
                "dash-created",
                message("obs.dash.chart.created", locale),
                message("obs.dash.year", locale),
                created,
                IndicatorResult.Row::period,
                IntStream.rangeClosed(year - YEARS + 1, year)
                        .mapToObj(Integer::toString)
                        .toList(),
                y -> y,
                r -> "",
                List.of(""),
                code -> created.indicator().name().in(locale),
                false,
                ask.download(created, locale)));

        return new DashboardView(
                territory,
                indicators.territories().path(territory),
                year,
                year == today.getYear(),
                IntStream.range(0, YEARS).mapToObj(i -> today.getYear() - i).toList(),
                ask.lastUpdated,
                figures,
                fairs,
                childLevel,
                children,
                childTotals,
                childDownloads,
                sizedBy,
                children.stream().anyMatch(c -> c.latitude() != null),
                charts);
    }

    private static DashboardChart chart(
            String id,
            String title,
            String rowHeader,
            IndicatorResult result,
            Function<IndicatorResult.Row, @Nullable String> rowKey,
            List<String> rowKeys,
            Function<String, String> rowLabel,
            Function<IndicatorResult.Row, String> columnKey,
            List<String> columnKeys,
            Function<String, String> columnLabel,
            boolean months,
            Download download) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (IndicatorResult.Row row : result.rows()) {
            if (row.value() != null) {
                cells.merge(rowKey.apply(row) + "|" + columnKey.apply(row), row.value(), BigDecimal::add);
            }
        }
        List<DashboardChart.Row> rows = new ArrayList<>();
        List<BigDecimal> columnTotals =
                new ArrayList<>(columnKeys.stream().map(c -> BigDecimal.ZERO).toList());
        if (!result.rows().isEmpty()) {
            for (String key : rowKeys) {
                List<BigDecimal> values = new ArrayList<>();
                for (int i = 0; i < columnKeys.size(); i++) {
                    BigDecimal value = cells.getOrDefault(key + "|" + columnKeys.get(i), BigDecimal.ZERO);
                    values.add(value);
                    columnTotals.set(i, columnTotals.get(i).add(value));
                }
                rows.add(new DashboardChart.Row(key, rowLabel.apply(key), values));
            }
        }
        return new DashboardChart(
                id,
                title,
                rowHeader,
                columnKeys.stream().map(columnLabel).toList(),
                rows,
                columnTotals,
                total(result),
                result.indicator().unit() == ma.tadamon.platform.indicators.Unit.MAD,
                months,
                download);
    }

    /** The codes of {@code ordered} that occur in the answer, in their display order. */
    private static List<String> present(
            Set<String> ordered, IndicatorResult result, Function<IndicatorResult.Row, String> key) {
        Set<String> found = new HashSet<>();
        result.rows().forEach(r -> found.add(key.apply(r)));
        return ordered.stream().filter(found::contains).toList();
    }

    private static Map<String, BigDecimal> byTerritory(IndicatorResult result) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (IndicatorResult.Row row : result.rows()) {
            if (row.territory() != null && row.value() != null) {
                values.merge(row.territory().code(), row.value(), BigDecimal::add);
            }
        }
        return values;
    }

    static BigDecimal total(IndicatorResult result) {
        return result.total().value() == null ? BigDecimal.ZERO : result.total().value();
    }

    private static @Nullable Coverage coverage(IndicatorResult result) {
        IndicatorResult.Coverage c = result.coverage();
        return c == null ? null : new Coverage(c.reference(), c.year(), c.source(), c.share());
    }

    /** Where a territory's bubble goes: its centroid, or the mean of its known communes' centroids. */
    private BigDecimal[] place(Territory territory) {
        if (territory.hasCoordinates()) {
            return new BigDecimal[] {territory.latitude(), territory.longitude()};
        }
        BigDecimal lat = BigDecimal.ZERO;
        BigDecimal lon = BigDecimal.ZERO;
        int n = 0;
        for (Territory commune : indicators.territories().within(territory, TerritoryLevel.COMMUNE)) {
            if (commune.hasCoordinates()) {
                lat = lat.add(commune.latitude());
                lon = lon.add(commune.longitude());
                n++;
            }
        }
        if (n == 0) {
            return new BigDecimal[] {null, null};
        }
        BigDecimal count = BigDecimal.valueOf(n);
        return new BigDecimal[] {lat.divide(count, 4, RoundingMode.HALF_UP), lon.divide(count, 4, RoundingMode.HALF_UP)
        };
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
