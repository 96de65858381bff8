package ma.tadamon.observatory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.tadamon.geo.Territory;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.platform.indicators.FactQuery;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.platform.indicators.IndicatorFact;
import ma.tadamon.platform.indicators.IndicatorProvider;

/**
 * A module's indicators as the observatory sees them: the provider's facts, located in territories,
 * rolled up here to the territory level and periods asked for, within the asked scope.
 */
final class ProvidedIndicators implements IndicatorSource {

    private final IndicatorProvider provider;
    private final TerritoryTree tree;

    ProvidedIndicators(IndicatorProvider provider, TerritoryTree tree) {
        this.provider = provider;
        this.tree = tree;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return provider.indicators();
    }

    @Override
    public Optional<Instant> lastUpdated(IndicatorDefinition indicator) {
        return provider.lastUpdated(indicator.code());
    }

    @Override
    public List<FactRow> rows(IndicatorQuery query) {
        List<IndicatorFact> facts = provider.facts(
                query.indicator().code(),
                new FactQuery(
                        query.from(), query.to(), query.grain(), new LinkedHashSet<>(query.by()), query.filters()));
        Map<List<Object>, FactRow> summed = new LinkedHashMap<>();
        for (IndicatorFact fact : facts) {
            if (!tree.isWithin(fact.territoryId(), query.scope()) || !kept(fact, query)) {
                continue;
            }
            Long territoryId = null;
            if (query.level() != null) {
                Optional<Territory> at = tree.ancestorAt(fact.territoryId(), query.level());
                if (at.isEmpty()) {
                    continue;
                }
                territoryId = at.get().id();
            }
            var period = query.grain() == null || fact.periodStart() == null
                    ? null
                    : query.grain().start(fact.periodStart());
            List<String> values = new ArrayList<>();
            for (Dimension dimension : query.by()) {
                values.add(fact.dimensions().getOrDefault(dimension, ""));
            }
            FactRow row = new FactRow(territoryId, period, values, fact.numerator(), fact.denominator());
            summed.merge(row.key(), row, RollupIndicators::sum);
        }
        return new ArrayList<>(summed.values());
    }

    /** Whatever the provider did with the filters and the period, only what was asked is kept. */
    private static boolean kept(IndicatorFact fact, IndicatorQuery query) {
        for (var filter : query.filters().entrySet()) {
            String value = fact.dimensions().get(filter.getKey());
            if (value == null || !filter.getValue().contains(value)) {
                return false;
            }
        }
        if (query.indicator().periodic() && fact.periodStart() != null) {
            return !fact.periodStart().isBefore(query.from())
                    && fact.periodStart().isBefore(query.to());
        }
        return true;
    }
}
