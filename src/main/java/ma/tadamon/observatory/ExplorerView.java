package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.platform.indicators.PeriodGrain;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the indicator explorer shows for one question: the form (with the reader's own choices and
 * the error of the field at fault, in their language), and the answer as a chart table pivoted on
 * the last breakdown dimension, with the same question's downloads from the open-data API.
 */
@Component
class ExplorerView {

    /** The question's parameters the explorer keeps; anything else in the address is ignored. */
    static final List<String> QUESTION = List.of("territory", "level", "period", "from", "to", "by");

    private final Indicators indicators;
    private final DimensionLabels labels;
    private final MessageSource messages;

    ExplorerView(Indicators indicators, DimensionLabels labels, MessageSource messages) {
        this.indicators = indicators;
        this.labels = labels;
        this.messages = messages;
    }

    record Option(String code, String label, boolean selected) {}

    record DimensionChoice(String parameter, String name, List<Option> values) {}

    record Cell(@Nullable BigDecimal value) {}

    record PivotRow(String key, String label, List<Cell> cells) {}

    record Pivot(String rowHeader, List<String> columns, List<PivotRow> rows) {}

    /**
     * The request's parameters as the API reads them: repeated values (checkboxes, two breakdown
     * selects) joined by commas, blanks dropped.
     */
    static Map<String, String> parameters(MultiValueMap<String, String> request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.forEach((name, values) -> {
            boolean known =
                    QUESTION.contains(name) || Dimension.ofParameter(name).isPresent();
            String joined = values.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::trim)
                    .distinct()
                    .collect(Collectors.joining(","));
            if (known && !joined.isEmpty()) {
                parameters.put(name, joined);
            }
        });
        return parameters;
    }

    /** An address with the question's parameters (and any extra ones). */
    static String url(String path, Map<String, String> parameters, Map<String, String> extra) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach(builder::queryParam);
        extra.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }

    /**
     * Fills the model of the explorer page; {@code maxBy} is how many dimensions the reader may
     * break down by at once (one in public, two for analysts).
     */
    void fill(
            Model model,
            IndicatorDefinition indicator,
            Map<String, String> parameters,
            int maxBy,
            boolean analyst,
            Locale locale) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("parameters", parameters);
        model.addAttribute("maxBy", maxBy);
        model.addAttribute("analystView", analyst);
        model.addAttribute("territoryOptions", territoryOptions(locale));
        TerritoryLevel finest = TerritoryLevel.valueOf(indicator.finestLevel());
        model.addAttribute(
                "levels",
                List.of(TerritoryLevel.REGION, TerritoryLevel.PROVINCE, TerritoryLevel.COMMUNE).stream()
                        .filter(l -> l.ordinal() <= finest.ordinal())
                        .map(Enum::name)
                        .toList());
        model.addAttribute(
                "grains",
                indicator.periodic()
                        ? List.of(PeriodGrain.YEAR.name(), PeriodGrain.QUARTER.name(), PeriodGrain.MONTH.name())
                        : List.of());
        List<String> chosenBy =
                parameters.containsKey("by") ? List.of(parameters.get("by").split(",")) : List.of();
        model.addAttribute("chosenBy", chosenBy);
        model.addAttribute(
                "byChoices",
                indicator.dimensions().stream()
                        .map(d -> new Option(d.parameter(), labels.name(d, locale), false))
                        .toList());
        model.addAttribute("dimensionChoices", dimensionChoices(indicator, parameters, locale));
        model.addAttribute("jsonUrl", url("/api/v1/indicators/" + indicator.code() + "/data", parameters, Map.of()));
        model.addAttribute(
                "csvUrl", url("/api/v1/indicators/" + indicator.code() + "/data", parameters, Map.of("format", "csv")));
        model.addAttribute(
                "xlsxUrl",
                url("/api/v1/indicators/" + indicator.code() + "/data", parameters, Map.of("format", "xlsx")));
        try {
            if (chosenBy.size() > maxBy) {
                throw new InvalidRequestException("by", "obs.explore.error.tooManyBy", maxBy);
            }
            IndicatorQuery query = indicators.parse(indicator, parameters, LocalDate.now(RollupListener.MOROCCO));
            IndicatorResult result = indicators.run(query);
            model.addAttribute("result", result);
            model.addAttribute("pivot", pivot(result, locale));
            model.addAttribute("scopeName", query.scope().name(locale));
        } catch (InvalidRequestException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
            // A parameter the form has no field for (a period for a stock, a filter it cannot take).
            List<String> fields = new ArrayList<>(List.of("territory", "level", "by"));
            if (indicator.periodic()) {
                fields.addAll(List.of("period", "from", "to"));
            }
            indicator.dimensions().forEach(d -> fields.add(d.parameter()));
            model.addAttribute("errorAtTop", !fields.contains(e.field()));
        }
    }

    /** The country, its regions and provinces, for the territory field's suggestions. */
    List<Option> territoryOptions(Locale locale) {
        TerritoryTree tree = indicators.territories();
        Territory country = tree.country();
        List<Option> options = new ArrayList<>();
        options.add(new Option(country.code(), country.name(locale), false));
        for (Territory region : tree.within(country, TerritoryLevel.REGION)) {
            options.add(new Option(region.code(), region.name(locale), false));
            for (Territory province : tree.within(region, TerritoryLevel.PROVINCE)) {
                options.add(new Option(province.code(), province.name(locale), false));
            }
        }
        return options;
    }

    private List<DimensionChoice> dimensionChoices(
            IndicatorDefinition indicator, Map<String, String> parameters, Locale locale) {
        DimensionLabels.Labeller labeller = labels.labeller(locale);
        List<DimensionChoice> choices = new ArrayList<>();
        for (Dimension dimension : indicator.dimensions()) {
            List<String> chosen = parameters.containsKey(dimension.parameter())
                    ? List.of(parameters.get(dimension.parameter()).split(","))
                    : List.of();
            choices.add(new DimensionChoice(
                    dimension.parameter(),
                    labels.name(dimension, locale),
                    indicators.values(dimension).stream()
                            .map(v -> new Option(v, labeller.label(dimension, v), chosen.contains(v)))
                            .toList()));
        }
        return choices;
    }

    /**
     * The rows as a table for the chart: one row per territory, period and every breakdown but the
     * last, one column per value of the last breakdown (or one column of values).
     */
    Pivot pivot(IndicatorResult result, Locale locale) {
        IndicatorQuery query = result.query();
        DimensionLabels.Labeller labeller = labels.labeller(locale);
        List<Dimension> by = query.by();
        Dimension across = by.isEmpty() ? null : by.get(by.size() - 1);
        List<String> columnCodes = new ArrayList<>();
        if (across != null) {
            List<String> present = result.rows().stream()
                    .map(r -> r.dimensions().get(by.size() - 1))
                    .distinct()
                    .toList();
            indicators.values(across).stream().filter(present::contains).forEach(columnCodes::add);
            present.stream().filter(v -> !columnCodes.contains(v)).forEach(columnCodes::add);
        }
        Map<String, String> rowLabels = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> cells = new LinkedHashMap<>();
        List<IndicatorResult.Row> rows = result.rows();
        if (query.level() == null && query.grain() == null && by.isEmpty()) {
            rows = List.of(new IndicatorResult.Row(
                    query.scope(),
                    null,
                    List.of(),
                    result.total().numerator(),
                    result.total().denominator(),
                    result.total().value()));
        }
        for (IndicatorResult.Row row : rows) {
            List<String> keyParts = new ArrayList<>();
            List<String> labelParts = new ArrayList<>();
            if (row.territory() != null && query.level() != null) {
                keyParts.add(row.territory().code());
                labelParts.add(row.territory().name(locale));
            }
            if (row.period() != null) {
                keyParts.add(row.period());
                labelParts.add(row.period());
            }
            for (int i = 0; i < by.size() - 1; i++) {
                keyParts.add(row.dimensions().get(i));
                labelParts.add(labeller.label(by.get(i), row.dimensions().get(i)));
            }
            if (keyParts.isEmpty()) {
                keyParts.add(query.scope().code());
                labelParts.add(query.scope().name(locale));
            }
            String key = String.join("|", keyParts);
            rowLabels.putIfAbsent(key, String.join(" · ", labelParts));
            String column = across == null ? "" : row.dimensions().get(by.size() - 1);
            Map<String, BigDecimal> line = cells.computeIfAbsent(key, k -> new LinkedHashMap<>());
            if (row.value() != null) {
                line.put(column, row.value());
            }
        }
        String unit = messages.getMessage("obs.unit." + query.indicator().unit().name(), null, locale);
        List<String> columns = across == null
                ? List.of(messages.getMessage("obs.explore.value", new Object[] {unit}, locale))
                : columnCodes.stream().map(c -> labeller.label(across, c)).toList();
        List<String> codes = across == null ? List.of("") : columnCodes;
        List<PivotRow> pivotRows = new ArrayList<>();
        rowLabels.forEach((key, label) -> pivotRows.add(new PivotRow(
                key,
                label,
                codes.stream().map(c -> new Cell(cells.get(key).get(c))).toList())));
        String rowHeader = query.level() != null
                ? messages.getMessage("obs.explore.territory", null, locale)
                : query.grain() != null
                        ? messages.getMessage("obs.explore.period", null, locale)
                        : by.size() > 1
                                ? labels.name(by.get(0), locale)
                                : messages.getMessage("obs.explore.territory", null, locale);
        return new Pivot(rowHeader, columns, pivotRows);
    }
}
