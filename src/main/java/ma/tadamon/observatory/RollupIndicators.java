package ma.tadamon.observatory;

import static ma.tadamon.platform.indicators.Dimension.AGE_BAND;
import static ma.tadamon.platform.indicators.Dimension.CHANNEL;
import static ma.tadamon.platform.indicators.Dimension.GENDER;
import static ma.tadamon.platform.indicators.Dimension.SECTOR;
import static ma.tadamon.platform.indicators.Dimension.STATUS;
import static ma.tadamon.platform.indicators.Dimension.TYPE;
import static ma.tadamon.platform.indicators.Dimension.VALUE_CHAIN;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.tadamon.platform.AgeBand;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.registry.ValueChain;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The observatory's own indicators, defined in {@code observatory/indicators.json} and computed
 * from the rollups: a question reads the rows of one territory (or of the territories at one
 * level within it, through the territory resource table) and sums them by the asked dimensions.
 */
@Component
class RollupIndicators implements IndicatorSource {

    /**
     * A rollup table, its month column if it has one, the column of each dimension, and its other
     * columns a measure may test (women_led…).
     */
    private record Table(String name, @Nullable String month, Map<Dimension, String> columns, Set<String> flags) {

        /** Whether the table can answer a question needing these dimensions and columns. */
        boolean covers(Set<Dimension> dimensions, Set<String> uses) {
            return columns.keySet().containsAll(dimensions)
                    && uses.stream().allMatch(c -> columns.containsValue(c) || flags.contains(c));
        }
    }

    private static final Table SALES_BY_CHANNEL =
            new Table("obs_sales_channel_rollup", "month", Map.of(CHANNEL, "channel"), Set.of());
    private static final Table SALES = new Table(
            "obs_sales_rollup",
            "month",
            Map.of(CHANNEL, "channel", VALUE_CHAIN, "value_chain", SECTOR, "value_chain"),
            Set.of());
    private static final Table ACTORS = new Table(
            "obs_actor_rollup",
            null,
            Map.of(TYPE, "type", STATUS, "status", VALUE_CHAIN, "value_chain", SECTOR, "value_chain"),
            Set.of("women_led", "youth_led"));
    private static final Table CREATED = new Table(
            "obs_actor_created",
            "month",
            Map.of(TYPE, "type", VALUE_CHAIN, "value_chain", SECTOR, "value_chain"),
            Set.of());
    private static final Table MEMBERS_BY_AGE = new Table(
            "obs_member_age_rollup", null, Map.of(TYPE, "type", GENDER, "gender", AGE_BAND, "birth_year"), Set.of());
    private static final Table MEMBERS = new Table(
            "obs_member_rollup",
            null,
            Map.of(
                    TYPE, "type",
                    VALUE_CHAIN, "value_chain",
                    SECTOR, "value_chain",
                    GENDER, "gender",
                    AGE_BAND, "birth_year"),
            Set.of());

    /**
     * What an indicator sums, from which rollups (the coarsest that covers the question is read),
     * under which fixed conditions, and the columns those use.
     */
    private record Measure(
            List<Table> tables,
            String numerator,
            @Nullable String denominator,
            List<String> conditions,
            Set<String> uses) {

        Table table(IndicatorQuery query) {
            Set<Dimension> needed = new java.util.HashSet<>(query.by());
            needed.addAll(query.filters().keySet());
            return tables.stream()
                    .filter(t -> t.covers(needed, uses))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No rollup answers " + needed));
        }
    }

    private static final String REVENUE_PER_MEMBER = "sales.revenue-per-member";
    private static final List<Table> SALES_TABLES = List.of(SALES_BY_CHANNEL, SALES);
    private static final List<Table> MEMBER_TABLES = List.of(MEMBERS_BY_AGE, MEMBERS);
    private static final Measure MEMBER_COUNT = new Measure(MEMBER_TABLES, "sum(members)", null, List.of(), Set.of());
    private static final Map<String, Measure> MEASURES = Map.ofEntries(
            Map.entry("registry.actors", new Measure(List.of(ACTORS), "sum(actors)", null, List.of(), Set.of())),
            Map.entry(
                    "registry.cooperatives",
                    new Measure(List.of(ACTORS), "sum(actors)", null, List.of("type = 'COOPERATIVE'"), Set.of("type"))),
            Map.entry(
                    "registry.women-led-cooperatives",
                    new Measure(
                            List.of(ACTORS),
                            "sum(actors)",
                            null,
                            List.of("type = 'COOPERATIVE'", "women_led"),
                            Set.of("type", "women_led"))),
            Map.entry(
                    "registry.women-led-share",
                    new Measure(
                            List.of(ACTORS),
                            "coalesce(sum(actors) filter (where women_led), 0)",
                            "sum(actors)",
                            List.of("status = 'ACTIVE'"),
                            Set.of("status", "women_led"))),
            Map.entry(
                    "registry.youth-led-share",
                    new Measure(
                            List.of(ACTORS),
                            "coalesce(sum(actors) filter (where youth_led), 0)",
                            "sum(actors)",
                            List.of("status = 'ACTIVE'"),
                            Set.of("status", "youth_led"))),
            Map.entry("registry.members", MEMBER_COUNT),
            Map.entry(
                    "registry.cooperative-members",
                    new Measure(MEMBER_TABLES, "sum(members)", null, List.of("type = 'COOPERATIVE'"), Set.of("type"))),
            Map.entry(
                    "registry.women-members-share",
                    new Measure(
                            MEMBER_TABLES,
                            "coalesce(sum(members) filter (where gender = 'F'), 0)",
                            "sum(members)",
                            List.of(),
                            Set.of("gender"))),
            Map.entry(
                    "registry.cooperatives-created",
                    new Measure(
                            List.of(CREATED), "sum(actors)", null, List.of("type = 'COOPERATIVE'"), Set.of("type"))),
            Map.entry("sales.amount", new Measure(SALES_TABLES, "sum(amount)", null, List.of(), Set.of())));

    private final JdbcClient jdbc;
    private final Rollups rollups;
    private final ValueChains valueChains;
    private final List<IndicatorDefinition> definitions;

    RollupIndicators(JdbcClient jdbc, Rollups rollups, ValueChains valueChains, JsonMapper json) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.valueChains = valueChains;
        try (InputStream in = new ClassPathResource("observatory/indicators.json").getInputStream()) {
            this.definitions = List.copyOf(json.readValue(in, new TypeReference<List<IndicatorDefinition>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (IndicatorDefinition definition : definitions) {
            if (!MEASURES.containsKey(definition.code()) && !REVENUE_PER_MEMBER.equals(definition.code())) {
                throw new IllegalStateException("No rollup computes " + definition.code());
            }
        }
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return definitions;
    }

    @Override
    public Optional<Instant> lastUpdated(IndicatorDefinition indicator) {
        return rollups.changed(indicator.source().equals("sales") ? "sales" : "registry");
    }

    @Override
    @Transactional(readOnly = true)
    public List<FactRow> rows(IndicatorQuery query) {
        String code = query.indicator().code();
        if (!REVENUE_PER_MEMBER.equals(code)) {
            return run(MEASURES.get(code), query);
        }
        // Sales of the period over the members counted now, in the same territory and value chains.
        List<FactRow> sales = run(MEASURES.get("sales.amount"), query);
        Map<List<Object>, BigDecimal> members = new HashMap<>();
        List<FactRow> memberRows = run(MEMBER_COUNT, query.withoutPeriod());
        for (FactRow row : memberRows) {
            members.put(List.of(String.valueOf(row.territoryId()), row.dimensions()), row.numerator());
        }
        List<FactRow> rows = new ArrayList<>();
        for (FactRow row : sales) {
            BigDecimal count =
                    members.getOrDefault(List.of(String.valueOf(row.territoryId()), row.dimensions()), BigDecimal.ZERO);
            rows.add(new FactRow(row.territoryId(), row.period(), row.dimensions(), row.numerator(), count));
        }
        if (query.grain() == null) {
            // Members who sold nothing in the period still count: their rows show zero sales.
            var sold = sales.stream()
                    .map(r -> List.of(String.valueOf(r.territoryId()), r.dimensions()))
                    .collect(Collectors.toSet());
            for (FactRow row : memberRows) {
                if (!sold.contains(List.of(String.valueOf(row.territoryId()), row.dimensions()))) {
                    rows.add(new FactRow(row.territoryId(), null, row.dimensions(), BigDecimal.ZERO, row.numerator()));
                }
            }
        }
        return rows;
    }

    private List<FactRow> run(Measure measure, IndicatorQuery query) {
        Table table = measure.table(query);
        List<String> select = new ArrayList<>();
        List<String> group = new ArrayList<>();
        List<String> where = new ArrayList<>(measure.conditions());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", query.scope().id());
        String from = table.name() + " r";
        boolean byTerritory =
                query.level() != null && query.level() != query.scope().level();
        if (byTerritory) {
            from += " join obs_territory_ancestor a on a.territory_id = r.territory_id"
                    + " and a.ancestor_id = :scope and a.territory_level = :level";
            params.put("level", query.level().name());
            select.add("r.territory_id");
            group.add("r.territory_id");
        } else {
            where.add("r.territory_id = :scope");
        }
        boolean byPeriod = false;
        if (table.month() != null && query.indicator().periodic()) {
            where.add("r.month >= :from and r.month < :to");
            params.put("from", query.from());
            params.put("to", query.to());
            if (query.grain() != null) {
                select.add("date_trunc('" + query.grain().name().toLowerCase() + "', r.month)::date");
                group.add(Integer.toString(select.size()));
                byPeriod = true;
            }
        }
        for (Dimension dimension : query.by()) {
            select.add("r." + column(table, dimension));
            group.add(Integer.toString(select.size()));
        }
        for (var filter : query.filters().entrySet()) {
            where.add(condition(table, filter.getKey(), filter.getValue(), query.asOfYear(), params));
        }
        int dimensionCount = query.by().size();
        select.add(measure.numerator() + " as numerator");
        select.add((measure.denominator() == null ? "null::numeric" : measure.denominator()) + " as denominator");
        String sql = "select " + String.join(", ", select) + " from " + from
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + (group.isEmpty() ? "" : " group by " + String.join(", ", group));
        boolean territoryColumn = byTerritory;
        boolean periodColumn = byPeriod;
        Long scopeRow = query.level() != null ? query.scope().id() : null;
        List<FactRow> raw = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> row(rs, territoryColumn, periodColumn, dimensionCount, scopeRow))
                .list();
        return relabel(raw, query);
    }

    private static FactRow row(ResultSet rs, boolean territory, boolean period, int dimensions, @Nullable Long scope)
            throws SQLException {
        int i = 1;
        Long territoryId = territory ? Long.valueOf(rs.getLong(i++)) : scope;
        LocalDate start = period ? rs.getObject(i++, LocalDate.class) : null;
        List<String> values = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            values.add(rs.getString(i++));
        }
        BigDecimal numerator = rs.getBigDecimal(i++);
        BigDecimal denominator = rs.getBigDecimal(i);
        return new FactRow(territoryId, start, values, numerator == null ? BigDecimal.ZERO : numerator, denominator);
    }

    /** Value chains become sectors and birth years age bands; rows that then coincide are summed. */
    private List<FactRow> relabel(List<FactRow> raw, IndicatorQuery query) {
        boolean sector = query.by().contains(SECTOR);
        boolean ageBand = query.by().contains(AGE_BAND);
        if (!sector && !ageBand) {
            return raw;
        }
        Map<String, String> sectors = sectorOfValueChain();
        Map<List<Object>, FactRow> summed = new LinkedHashMap<>();
        for (FactRow row : raw) {
            List<String> values = new ArrayList<>(row.dimensions());
            for (int d = 0; d < query.by().size(); d++) {
                Dimension dimension = query.by().get(d);
                if (dimension == SECTOR) {
                    values.set(d, sectors.getOrDefault(values.get(d), "OTHER"));
                } else if (dimension == AGE_BAND) {
                    values.set(d, ageBand(Integer.parseInt(values.get(d)), query.asOfYear()));
                }
            }
            FactRow relabelled =
                    new FactRow(row.territoryId(), row.period(), values, row.numerator(), row.denominator());
            summed.merge(relabelled.key(), relabelled, RollupIndicators::sum);
        }
        return new ArrayList<>(summed.values());
    }

    static FactRow sum(FactRow a, FactRow b) {
        BigDecimal denominator = a.denominator() == null && b.denominator() == null
                ? null
                : nz(a.denominator()).add(nz(b.denominator()));
        return new FactRow(
                a.territoryId(), a.period(), a.dimensions(), a.numerator().add(b.numerator()), denominator);
    }

    private static BigDecimal nz(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static final String UNKNOWN_AGE = "UNKNOWN";

    static String ageBand(int birthYear, int asOfYear) {
        return birthYear == 0 ? UNKNOWN_AGE : AgeBand.of(birthYear, asOfYear).name();
    }

    private Map<String, String> sectorOfValueChain() {
        return valueChains.all().stream().collect(Collectors.toMap(ValueChain::code, ValueChain::sector));
    }

    private static String column(Table table, Dimension dimension) {
        String column = table.columns().get(dimension);
        if (column == null) {
            throw new IllegalArgumentException(dimension + " is not a dimension of " + table.name());
        }
        return column;
    }

    private String condition(
            Table table, Dimension dimension, List<String> values, int asOfYear, Map<String, Object> params) {
        if (dimension == SECTOR) {
            List<String> chains = valueChains.all().stream()
                    .filter(vc -> values.contains(vc.sector()))
                    .map(ValueChain::code)
                    .toList();
            params.put("f_sector", chains.isEmpty() ? List.of("") : chains);
            return "r.value_chain in (:f_sector)";
        }
        if (dimension == AGE_BAND) {
            List<String> ranges = new ArrayList<>();
            for (String value : values) {
                if (UNKNOWN_AGE.equals(value)) {
                    ranges.add("r.birth_year = 0");
                } else {
                    AgeBand band = AgeBand.valueOf(value);
                    ranges.add("r.birth_year between %d and %d"
                            .formatted(Math.max(1, asOfYear - band.to()), asOfYear - band.from()));
                }
            }
            return "(" + String.join(" or ", ranges) + ")";
        }
        String name = "f_" + dimension.parameter();
        params.put(name, values);
        return "r." + column(table, dimension) + " in (:" + name + ")";
    }
}
