package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.AgeBand;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.platform.indicators.IndicatorProvider;
import ma.tadamon.platform.indicators.PeriodGrain;
import ma.tadamon.platform.indicators.Unit;
import ma.tadamon.registry.ActorStatus;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.ValueChain;
import ma.tadamon.sales.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The catalogue of every indicator — the observatory's own and those each module provides — and
 * the one way to ask any of them a question: parse and check it, compute its rows and total, and
 * set the value, the last update and the coverage beside them.
 */
@Service
class Indicators {

    /** Indicators' default period: the last five calendar years, this one included. */
    static final int DEFAULT_YEARS = 5;

    private final List<IndicatorSource> sources;
    private final Map<String, IndicatorSource> sourceOf = new LinkedHashMap<>();
    private final Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
    private final TerritoryTree tree;
    private final ReferenceTotals references;
    private final ValueChains valueChains;

    Indicators(
            RollupIndicators own,
            List<IndicatorProvider> providers,
            TerritoryTree tree,
            ReferenceTotals references,
            ValueChains valueChains) {
        this.tree = tree;
        this.references = references;
        this.valueChains = valueChains;
        List<IndicatorSource> all = new ArrayList<>();
        all.add(own);
        providers.forEach(provider -> all.add(new ProvidedIndicators(provider, tree)));
        this.sources = List.copyOf(all);
        for (IndicatorSource source : sources) {
            for (IndicatorDefinition definition : source.indicators()) {
                if (byCode.putIfAbsent(definition.code(), definition) != null) {
                    throw new IllegalStateException("Two indicators share the code " + definition.code());
                }
                sourceOf.put(definition.code(), source);
            }
        }
    }

    /** Every indicator the reader may see, public ones only unless an analyst reads. */
    List<IndicatorDefinition> all(boolean analyst) {
        return byCode.values().stream().filter(d -> analyst || !d.restricted()).toList();
    }

    IndicatorDefinition find(String code, boolean analyst) {
        IndicatorDefinition definition = byCode.get(code);
        if (definition == null || (definition.restricted() && !analyst)) {
            throw new NotFoundException("obs.error.indicator", code);
        }
        return definition;
    }

    Optional<Instant> lastUpdated(IndicatorDefinition indicator) {
        return sourceOf.get(indicator.code()).lastUpdated(indicator);
    }

    /** The territory of a code, the country when blank. */
    Territory territory(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return tree.country();
        }
        return tree.byCode(code)
                .orElseThrow(() -> new InvalidRequestException("territory", "obs.error.territory", code));
    }

    TerritoryTree territories() {
        return tree;
    }

    /**
     * Reads a question from request parameters: {@code territory}, {@code level}, {@code period},
     * {@code from}, {@code to}, {@code by} and one parameter per dimension filter (values separated
     * by commas). Everything is checked against the indicator's definition.
     */
    IndicatorQuery parse(IndicatorDefinition indicator, Map<String, String> parameters, LocalDate today) {
        Territory scope = territory(parameters.get("territory"));
        TerritoryLevel level = level(indicator, scope, parameters.get("level"));
        PeriodGrain grain = null;
        String period = blankToNull(parameters.get("period"));
        if (period != null) {
            if (!indicator.periodic()) {
                throw new InvalidRequestException("period", "obs.error.notPeriodic");
            }
            grain = Arrays.stream(PeriodGrain.values())
                    .filter(g -> g.name().equalsIgnoreCase(period))
                    .findFirst()
                    .orElseThrow(() -> new InvalidRequestException("period", "obs.error.period", period));
        }
        LocalDate from = Optional.ofNullable(blankToNull(parameters.get("from")))
                .map(value -> date("from", value, false))
                .orElse(LocalDate.of(today.getYear() - DEFAULT_YEARS + 1, 1, 1));
        LocalDate to = Optional.ofNullable(blankToNull(parameters.get("to")))
                .map(value -> date("to", value, true))
                .orElse(today.withDayOfMonth(1).plusMonths(1));
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("from", "obs.error.range");
        }
        List<Dimension> by = new ArrayList<>();
        String byParameter = blankToNull(parameters.get("by"));
        if (byParameter != null) {
            for (String name : byParameter.split(",")) {
                Dimension dimension = dimension(indicator, name, "by");
                if (!by.contains(dimension)) {
                    by.add(dimension);
                }
            }
        }
        Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            String value = blankToNull(parameters.get(dimension.parameter()));
            if (value == null) {
                continue;
            }
            if (!indicator.supports(dimension)) {
                throw new InvalidRequestException(dimension.parameter(), "obs.error.dimension", dimension.parameter());
            }
            List<String> values = Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(v -> !v.isEmpty())
                    .distinct()
                    .toList();
            Set<String> known = values(dimension);
            for (String v : values) {
                if (!known.contains(v)) {
                    throw new InvalidRequestException(
                            dimension.parameter(), "obs.error.value", v, dimension.parameter());
                }
            }
            filters.put(dimension, values);
        }
        return new IndicatorQuery(indicator, scope, level, grain, from, to, by, filters, today.getYear());
    }

    /** The codes a dimension takes, in their display order. */
    Set<String> values(Dimension dimension) {
        List<String> values = switch (dimension) {
            case TYPE -> Arrays.stream(ActorType.values()).map(Enum::name).toList();
            case STATUS -> Arrays.stream(ActorStatus.values()).map(Enum::name).toList();
            case VALUE_CHAIN -> valueChains.all().stream().map(ValueChain::code).toList();
            case SECTOR ->
                valueChains.all().stream().map(ValueChain::sector).distinct().toList();
            case GENDER -> List.of("F", "M");
            case AGE_BAND -> {
                List<String> bands = new ArrayList<>(
                        Arrays.stream(AgeBand.values()).map(Enum::name).toList());
                bands.add(RollupIndicators.UNKNOWN_AGE);
                yield bands;
            }
            case CHANNEL -> Arrays.stream(Channel.values()).map(Enum::name).toList();
        };
        return new java.util.LinkedHashSet<>(values);
    }

    IndicatorResult run(IndicatorQuery query) {
        IndicatorSource source = sourceOf.get(query.indicator().code());
        List<FactRow> rows = new ArrayList<>(source.rows(query));
        List<FactRow> totals = source.rows(query.total());
        FactRow total = totals.isEmpty()
                ? new FactRow(null, null, List.of(), BigDecimal.ZERO, null)
                : totals.stream().reduce(RollupIndicators::sum).orElseThrow();
        Map<String, Integer> order = order(query);
        rows.sort(Comparator.comparing((FactRow r) -> r.territoryId() == null
                        ? ""
                        : tree.byId(r.territoryId()).map(Territory::code).orElse(""))
                .thenComparing(r -> r.period() == null ? LocalDate.MIN : r.period())
                .thenComparing(r -> r.dimensions().stream()
                        .map(v -> "%06d".formatted(order.getOrDefault(v, 999_999)) + v)
                        .collect(Collectors.joining("|"))));
        IndicatorDefinition indicator = query.indicator();
        List<IndicatorResult.Row> shown =
                rows.stream().map(r -> row(indicator, query, r)).toList();
        IndicatorResult.Row totalRow = row(indicator, query.total(), total);
        return new IndicatorResult(
                indicator,
                query,
                shown,
                totalRow,
                lastUpdated(indicator).orElse(null),
                coverage(indicator, query, totalRow));
    }

    private Map<String, Integer> order(IndicatorQuery query) {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (Dimension dimension : query.by()) {
            int i = 0;
            for (String value : values(dimension)) {
                order.putIfAbsent(value, i++);
            }
        }
        return order;
    }

    private IndicatorResult.Row row(IndicatorDefinition indicator, IndicatorQuery query, FactRow row) {
        Territory territory =
                row.territoryId() == null ? null : tree.byId(row.territoryId()).orElse(null);
        String period = row.period() == null || query.grain() == null
                ? null
                : query.grain().key(row.period());
        return new IndicatorResult.Row(
                territory, period, row.dimensions(), row.numerator(), row.denominator(), value(indicator, row));
    }

    static @Nullable BigDecimal value(IndicatorDefinition indicator, FactRow row) {
        if (indicator.denominator() == null) {
            return indicator.unit() == Unit.MAD ? row.numerator().setScale(2, RoundingMode.HALF_UP) : row.numerator();
        }
        if (row.denominator() == null || row.denominator().signum() == 0) {
            return null;
        }
        BigDecimal ratio = indicator.unit() == Unit.PERCENT
                ? row.numerator().multiply(BigDecimal.valueOf(100)).divide(row.denominator(), 1, RoundingMode.HALF_UP)
                : row.numerator().divide(row.denominator(), 2, RoundingMode.HALF_UP);
        return ratio;
    }

    private IndicatorResult.@Nullable Coverage coverage(
            IndicatorDefinition indicator, IndicatorQuery query, IndicatorResult.Row total) {
        if (indicator.coverageMeasure() == null || !query.filters().isEmpty() || total.value() == null) {
            return null;
        }
        return references
                .latest(indicator.coverageMeasure(), query.scope().id())
                .map(reference -> new IndicatorResult.Coverage(
                        reference.measure(),
                        reference.year(),
                        reference.value(),
                        reference.source(),
                        reference.value().signum() == 0
                                ? null
                                : total.value()
                                        .multiply(BigDecimal.valueOf(100))
                                        .divide(reference.value(), 1, RoundingMode.HALF_UP)))
                .orElse(null);
    }

    private @Nullable TerritoryLevel level(IndicatorDefinition indicator, Territory scope, @Nullable String value) {
        String level = blankToNull(value);
        if (level == null) {
            return null;
        }
        TerritoryLevel wanted = Arrays.stream(TerritoryLevel.values())
                .filter(l -> l.name().equalsIgnoreCase(level))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("level", "obs.error.level", level));
        if (wanted.ordinal() < scope.level().ordinal()) {
            throw new InvalidRequestException("level", "obs.error.levelAbove", level);
        }
        if (wanted.ordinal() > TerritoryLevel.valueOf(indicator.finestLevel()).ordinal()) {
            throw new InvalidRequestException("level", "obs.error.levelTooFine", level);
        }
        return wanted;
    }

    private Dimension dimension(IndicatorDefinition indicator, String name, String field) {
        Dimension dimension = Dimension.ofParameter(name)
                .orElseThrow(() -> new InvalidRequestException(field, "obs.error.dimension", name.trim()));
        if (!indicator.supports(dimension)) {
            throw new InvalidRequestException(field, "obs.error.dimension", name.trim());
        }
        return dimension;
    }

    /** {@code 2025}, {@code 2025-03} or {@code 2025-03-15}; an end ({@code to}) includes its whole period. */
    static LocalDate date(String field, String value, boolean end) {
        try {
            String v = value.trim();
            if (v.matches("\\d{4}")) {
                LocalDate start = LocalDate.of(Integer.parseInt(v), 1, 1);
                return end ? start.plusYears(1) : start;
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate start = LocalDate.parse(v + "-01");
                return end ? start.plusMonths(1) : start;
            }
            LocalDate day = LocalDate.parse(v);
            return end ? day.plusDays(1) : day;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "obs.error.date", value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
