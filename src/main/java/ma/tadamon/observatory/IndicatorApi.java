package ma.tadamon.observatory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.tadamon.geo.Territory;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: every public indicator's definition and its values with the same filters as the
 * dashboards, in JSON or CSV. Codes are stable identifiers; values come with their last update.
 */
@RestController
@Tag(name = "Observatory", description = "Indicators of the social and solidarity economy, as open data")
class IndicatorApi {

    private final Indicators indicators;
    private final IndicatorTable tables;
    private final DimensionLabels labels;
    private final ObservatoryDownloads downloads;
    private final String licence;

    IndicatorApi(
            Indicators indicators,
            IndicatorTable tables,
            DimensionLabels labels,
            ObservatoryDownloads downloads,
            @Value("${tadamon.observatory.licence:CC-BY-4.0}") String licence) {
        this.indicators = indicators;
        this.tables = tables;
        this.labels = labels;
        this.downloads = downloads;
        this.licence = licence;
    }

    static boolean analyst(@Nullable SignedInUser me) {
        return me != null && (me.hasRole(Roles.ANALYST) || me.hasRole(Roles.ADMIN));
    }

    record Definition(
            @Schema(example = "sales.amount") String code,
            @Schema(example = "sales") String source,
            LocalizedText name,
            LocalizedText definition,
            LocalizedText numerator,
            @Nullable LocalizedText denominator,

            @Schema(allowableValues = {"COUNT", "PERCENT", "MAD"})
            String unit,

            @Schema(description = "Parameters it can be broken down or filtered by")
            List<String> dimensions,

            @Schema(description = "Counted within periods (a flow), or as of now (a stock)")
            boolean periodic,

            @Schema(allowableValues = {"PROVINCE", "COMMUNE"})
            String finestLevel,

            @Nullable String coverageMeasure,
            boolean restricted,
            @Nullable Instant lastUpdated,
            String licence,
            String dataUrl) {}

    @GetMapping("/api/v1/indicators")
    @SecurityRequirements
    @Operation(operationId = "listIndicators", summary = "Every indicator with its definition and last update")
    List<Definition> list(@AuthenticationPrincipal @Nullable SignedInUser me) {
        return indicators.all(analyst(me)).stream().map(this::definition).toList();
    }

    @GetMapping("/api/v1/indicators/{code}")
    @SecurityRequirements
    @Operation(operationId = "getIndicator", summary = "One indicator's definition")
    Definition one(
            @PathVariable @Parameter(description = "The indicator's code", example = "sales.amount") String code,
            @AuthenticationPrincipal @Nullable SignedInUser me) {
        return definition(indicators.find(code, analyst(me)));
    }

    private Definition definition(IndicatorDefinition d) {
        return new Definition(
                d.code(),
                d.source(),
                d.name(),
                d.definition(),
                d.numerator(),
                d.denominator(),
                d.unit().name(),
                d.dimensions().stream().map(Dimension::parameter).toList(),
                d.periodic(),
                d.finestLevel(),
                d.coverageMeasure(),
                d.restricted(),
                indicators.lastUpdated(d).orElse(null),
                licence,
                "/api/v1/indicators/" + d.code() + "/data");
    }

    record Place(@Schema(example = "09") String code, String level, String name) {}

    record DimensionValue(@Schema(example = "FAIR") String code, String label) {}

    record DataRow(
            @Nullable Place territory,

            @Schema(example = "2025-03", description = "2025, 2025-Q1 or 2025-03") @Nullable
            String period,

            Map<String, DimensionValue> dimensions,
            BigDecimal numerator,
            @Nullable BigDecimal denominator,

            @Schema(
                    description =
                            "numerator, or numerator / denominator (× 100 for a percentage); null when the denominator is zero")
            @Nullable
            BigDecimal value) {}

    record Coverage(
            @Schema(example = "cooperatives") String measure,
            int year,
            BigDecimal reference,
            String source,

            @Schema(description = "The platform's total as a percentage of the reference") @Nullable
            BigDecimal share) {}

    record Data(
            String indicator,
            String name,
            String unit,
            Place territory,
            @Nullable String level,
            @Nullable String period,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            List<String> by,
            Map<String, List<String>> filters,
            List<DataRow> rows,
            DataRow total,
            @Nullable Instant lastUpdated,
            @Nullable Coverage coverage,
            String licence) {}

    @GetMapping("/api/v1/indicators/{code}/data")
    @SecurityRequirements
    @Operation(
            operationId = "getIndicatorData",
            summary = "An indicator's values for a territory, broken down by territory level, period and dimensions",
            description = "Filters take one or more codes separated by commas (type, status, valueChain, sector,"
                    + " gender, ageBand, channel), as the indicator's definition allows. `format=csv` (or"
                    + " `Accept: text/csv`) gives the rows as CSV, `format=xlsx` as a spreadsheet.")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "territory",
            description = "Territory code, the country when absent",
            schema = @Schema(type = "string"),
            example = "09")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "level",
            description = "Break down by the territories at this level",
            schema = @Schema(allowableValues = {"REGION", "PROVINCE", "COMMUNE"}))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "period",
            description = "Break down by period (periodic indicators)",
            schema = @Schema(allowableValues = {"YEAR", "QUARTER", "MONTH"}))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "from",
            description = "First period: 2025, 2025-03 or 2025-03-15; five years ago by default",
            schema = @Schema(type = "string"),
            example = "2025-01")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "to",
            description = "Last period, included: 2025, 2025-12 or 2025-12-31; this month by default",
            schema = @Schema(type = "string"),
            example = "2025-12")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "by",
            description = "Dimensions to break down by, separated by commas",
            schema = @Schema(type = "string"),
            example = "channel")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "type",
            description = "Actor types (legal forms)",
            schema = @Schema(type = "string"),
            example = "COOPERATIVE")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "status",
            description = "Actor statuses",
            schema = @Schema(type = "string"),
            example = "ACTIVE")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "valueChain",
            description = "Value chains",
            schema = @Schema(type = "string"),
            example = "ARGAN")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "sector",
            description = "Sectors",
            schema = @Schema(type = "string"),
            example = "AGRIFOOD")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "gender",
            description = "F or M",
            schema = @Schema(type = "string"),
            example = "F")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "ageBand",
            description = "Age bands",
            schema = @Schema(type = "string"),
            example = "FROM_18_TO_34")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "channel",
            description = "Sales channels",
            schema = @Schema(type = "string"),
            example = "FAIR")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "format",
            description = "json (default), csv or xlsx",
            schema = @Schema(allowableValues = {"json", "csv", "xlsx"}))
    @ApiResponse(
            responseCode = "200",
            description = "The values",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = Data.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<?> data(
            @PathVariable @Parameter(description = "The indicator's code", example = "sales.amount") String code,
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            @Parameter(hidden = true)
                    @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false)
                    @Nullable
                    String accept,
            @AuthenticationPrincipal @Nullable SignedInUser me,
            Locale locale) {
        IndicatorDefinition indicator = indicators.find(code, analyst(me));
        IndicatorQuery query = indicators.parse(indicator, parameters, LocalDate.now(RollupListener.MOROCCO));
        IndicatorResult result = indicators.run(query);
        String format = parameters.getOrDefault("format", "");
        if (format.isBlank() && accept != null && accept.startsWith("text/csv")) {
            format = "csv";
        }
        if (format.equalsIgnoreCase("csv") || format.equalsIgnoreCase("xlsx")) {
            return downloads.table(tables.of(result, locale), tables.filename(result, ""), format);
        }
        return ResponseEntity.ok(data(result, locale));
    }

    Data data(IndicatorResult result, Locale locale) {
        DimensionLabels.Labeller labeller = labels.labeller(locale);
        IndicatorQuery query = result.query();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        query.filters().forEach((d, values) -> filters.put(d.parameter(), values));
        return new Data(
                result.indicator().code(),
                result.indicator().name().in(locale),
                result.indicator().unit().name(),
                place(query.scope(), locale),
                query.level() == null ? null : query.level().name(),
                query.grain() == null ? null : query.grain().name(),
                result.indicator().periodic() ? query.from() : null,
                result.indicator().periodic() ? query.to().minusDays(1) : null,
                query.by().stream().map(Dimension::parameter).toList(),
                filters,
                result.rows().stream().map(r -> row(r, query, labeller, locale)).toList(),
                row(result.total(), query.total(), labeller, locale),
                result.lastUpdated(),
                result.coverage() == null
                        ? null
                        : new Coverage(
                                result.coverage().measure(),
                                result.coverage().year(),
                                result.coverage().reference(),
                                result.coverage().source(),
                                result.coverage().share()),
                licence);
    }

    private static DataRow row(
            IndicatorResult.Row row, IndicatorQuery query, DimensionLabels.Labeller labeller, Locale locale) {
        Map<String, DimensionValue> values = new LinkedHashMap<>();
        for (int i = 0; i < query.by().size(); i++) {
            Dimension dimension = query.by().get(i);
            String code = row.dimensions().get(i);
            values.put(dimension.parameter(), new DimensionValue(code, labeller.label(dimension, code)));
        }
        return new DataRow(
                row.territory() == null ? null : place(row.territory(), locale),
                row.period(),
                values,
                row.numerator(),
                row.denominator(),
                row.value());
    }

    private static Place place(Territory territory, Locale locale) {
        return new Place(territory.code(), territory.level().name(), territory.name(locale));
    }
}
