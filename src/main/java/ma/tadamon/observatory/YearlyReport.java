package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.geo.Territory;
import ma.tadamon.platform.charts.SvgCharts;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.platform.jobs.JobProgress;
import ma.tadamon.platform.pdf.PdfDocuments;
import ma.tadamon.web.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The yearly report of a territory (a region, usually), in Arabic or French: key figures with
 * their coverage, the territory's children, actors, members, sales and creations, fairs, and the
 * definitions behind every figure. Charts are drawn here as SVG (the PDF renderer runs no script)
 * beside the tables they draw. Generated in the background with its progress, kept an hour.
 */
@Service
class YearlyReport {

    static final String JOB = "observatory-report";
    static final int STEPS = 8;

    private final Indicators indicators;
    private final DimensionLabels labels;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    YearlyReport(
            Indicators indicators, DimensionLabels labels, PdfDocuments pdf, MessageSource messages, JdbcClient jdbc) {
        this.indicators = indicators;
        this.labels = labels;
        this.pdf = pdf;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** A figure of the key-figures table: this year, last year (flows), and the coverage. */
    record KeyFigure(
            String code,
            String name,
            String unit,
            @Nullable BigDecimal value,
            @Nullable BigDecimal previous,
            IndicatorResult.@Nullable Coverage coverage) {}

    /** A table drawn by a chart: a header, rows of cells already formatted, and the chart's SVG. */
    record Section(String title, List<String> header, List<List<String>> rows, String svg) {}

    record Stored(UUID id, long territoryId, int year, String language, Instant generatedAt) {}

    /** The report generated within the last hour for this territory, year and language, if any. */
    Optional<Stored> recent(long territoryId, int year, String language) {
        return jdbc.sql("""
                        select id, territory_id, year, language, generated_at from obs_report
                        where territory_id = ? and year = ? and language = ? and generated_at > now() - interval '1 hour'
                        order by generated_at desc limit 1""")
                .params(territoryId, year, language)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    Optional<Stored> stored(UUID id) {
        return jdbc.sql("select id, territory_id, year, language, generated_at from obs_report where id = ?")
                .param(id)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("select pdf from obs_report where id = ?")
                .param(id)
                .query(byte[].class)
                .optional();
    }

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getLong("territory_id"),
                rs.getInt("year"),
                rs.getString("language"),
                rs.getObject("generated_at", OffsetDateTime.class).toInstant());
    }

    /** Generates and keeps the report; the job's result is the stored report's id. */
    Map<String, Object> generate(Territory territory, int year, Locale locale, JobProgress progress) {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            progress.total(STEPS);
            Map<String, Object> model = model(territory, year, locale, progress);
            byte[] document = pdf.render("observatory/report-pdf", model, locale);
            UUID id = UUID.randomUUID();
            // The new report replaces those of the same territory, year and language.
            jdbc.sql("delete from obs_report where territory_id = ? and year = ? and language = ?")
                    .params(territory.id(), year, locale.getLanguage())
                    .update();
            jdbc.sql("""
                            insert into obs_report (id, territory_id, year, language, generated_at, pdf)
                            values (?, ?, ?, ?, now(), ?)""")
                    .params(id, territory.id(), year, locale.getLanguage(), document)
                    .update();
            progress.reached(STEPS);
            return Map.of("report", id.toString(), "bytes", document.length);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    Map<String, Object> model(Territory territory, int year, Locale locale, JobProgress progress) {
        Locale formatting = Languages.formatting(locale);
        NumberFormat numbers = NumberFormat.getNumberInstance(formatting);
        numbers.setMaximumFractionDigits(1);
        SvgCharts.Options wide = SvgCharts.Options.of(640, 260, formatting)
                .withFormat(numbers)
                .withEmptyText(msg("obs.report.noData", locale));
        DimensionLabels.Labeller labeller = labels.labeller(locale);
        String y = Integer.toString(year);
        String last = Integer.toString(year - 1);
        String code = territory.code();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("territory", territory);
        model.put("year", year);
        model.put("rtl", "ar".equals(locale.getLanguage()));
        model.put("generatedAt", Instant.now());

        // 1. Key figures, with last year for flows and the coverage of stocks.
        List<KeyFigure> key = new ArrayList<>();
        for (IndicatorDefinition d : indicators.all(false)) {
            Map<String, String> p = new HashMap<>(Map.of("territory", code));
            if (d.periodic()) {
                p.put("from", y);
                p.put("to", y);
            }
            IndicatorResult now = ask(d, p);
            BigDecimal before = null;
            if (d.periodic()) {
                p.put("from", last);
                p.put("to", last);
                before = ask(d, p).total().value();
            }
            key.add(new KeyFigure(
                    d.code(),
                    d.name().in(locale),
                    d.unit() == ma.tadamon.platform.indicators.Unit.COUNT
                            ? ""
                            : msg("obs.unit." + d.unit().name(), locale),
                    now.total().value(),
                    before,
                    now.coverage()));
        }
        model.put("key", key);
        progress.reached(1);

        List<Section> sections = new ArrayList<>();
        // 2. The territory's children.
        if (territory.level().child() != null) {
            String level = territory.level().child().name();
            IndicatorResult actors = ask("registry.actors", Map.of("territory", code, "level", level));
            IndicatorResult members = ask("registry.members", Map.of("territory", code, "level", level));
            IndicatorResult sales = ask("sales.amount", Map.of("territory", code, "level", level, "from", y, "to", y));
            Map<Long, BigDecimal> memberCount = byTerritory(members);
            Map<Long, BigDecimal> salesAmount = byTerritory(sales);
            List<String> names = new ArrayList<>();
            List<Number> values = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (IndicatorResult.Row row : actors.rows()) {
                Territory t = row.territory();
                names.add(t.name(locale));
                values.add(row.numerator());
                rows.add(List.of(
                        t.name(locale),
                        numbers.format(row.numerator()),
                        numbers.format(memberCount.getOrDefault(t.id(), BigDecimal.ZERO)),
                        numbers.format(salesAmount.getOrDefault(t.id(), BigDecimal.ZERO))));
            }
            sections.add(new Section(
                    msg("obs.report.children." + level, locale),
                    List.of(
                            msg("obs.report.territory", locale),
                            name("registry.actors", locale),
                            name("registry.members", locale),
                            name("sales.amount", locale) + " " + y),
                    rows,
                    SvgCharts.horizontalBars(
                            name("registry.actors", locale),
                            names,
                            List.of(SvgCharts.Series.of(name("registry.actors", locale), values)),
                            SvgCharts.Options.of(640, Math.max(160, 28 * names.size() + 60), formatting)
                                    .withFormat(numbers)
                                    .withEmptyText(msg("obs.report.noData", locale)))));
        }
        progress.reached(2);

        // 3. Actors by legal form.
        IndicatorResult types = ask("registry.actors", Map.of("territory", code, "by", "type"));
        sections.add(oneDimension(
                name("registry.actors", locale) + " — " + labels.name(Dimension.TYPE, locale),
                Dimension.TYPE,
                types,
                labeller,
                numbers,
                locale,
                (title, cats, series) -> SvgCharts.donut(
                        title,
                        cats,
                        series,
                        SvgCharts.Options.of(640, 240, formatting)
                                .withFormat(numbers)
                                .withEmptyText(msg("obs.report.noData", locale)))));
        progress.reached(3);

        // 4. Members by age band and gender.
        IndicatorResult people = ask("registry.members", Map.of("territory", code, "by", "ageBand,gender"));
        List<String> bands = new ArrayList<>(indicators.values(Dimension.AGE_BAND));
        Map<String, BigDecimal[]> byBand = new LinkedHashMap<>();
        bands.forEach(b -> byBand.put(b, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}));
        for (IndicatorResult.Row row : people.rows()) {
            byBand.get(row.dimensions().get(0))["F".equals(row.dimensions().get(1)) ? 0 : 1] = row.numerator();
        }
        List<List<String>> memberRows = new ArrayList<>();
        List<Number> women = new ArrayList<>();
        List<Number> men = new ArrayList<>();
        List<String> bandNames = new ArrayList<>();
        byBand.forEach((band, counts) -> {
            bandNames.add(labeller.label(Dimension.AGE_BAND, band));
            women.add(counts[0]);
            men.add(counts[1]);
            memberRows.add(List.of(
                    labeller.label(Dimension.AGE_BAND, band), numbers.format(counts[0]), numbers.format(counts[1])));
        });
        sections.add(new Section(
                name("registry.members", locale) + " — " + labels.name(Dimension.AGE_BAND, locale),
                List.of(
                        labels.name(Dimension.AGE_BAND, locale),
                        labeller.label(Dimension.GENDER, "F"),
                        labeller.label(Dimension.GENDER, "M")),
                memberRows,
                SvgCharts.verticalBars(
                        name("registry.members", locale),
                        bandNames,
                        List.of(
                                SvgCharts.Series.of(labeller.label(Dimension.GENDER, "F"), women),
                                SvgCharts.Series.of(labeller.label(Dimension.GENDER, "M"), men)),
                        wide)));
        progress.reached(4);

        // 5. Sales by month and channel.
        IndicatorResult monthly =
                ask("sales.amount", Map.of("territory", code, "period", "MONTH", "from", y, "to", y, "by", "channel"));
        List<String> channels = new ArrayList<>(indicators.values(Dimension.CHANNEL));
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add("%d-%02d".formatted(year, m));
        }
        Map<String, BigDecimal> cell = new HashMap<>();
        monthly.rows().forEach(r -> cell.put(r.period() + "|" + r.dimensions().get(0), r.numerator()));
        List<SvgCharts.Series> perChannel = new ArrayList<>();
        for (String channel : channels) {
            List<Number> values = new ArrayList<>();
            months.forEach(m -> values.add(cell.getOrDefault(m + "|" + channel, BigDecimal.ZERO)));
            perChannel.add(SvgCharts.Series.of(labeller.label(Dimension.CHANNEL, channel), values));
        }
        List<List<String>> monthRows = new ArrayList<>();
        for (String m : months) {
            List<String> r = new ArrayList<>();
            r.add(m);
            BigDecimal total = BigDecimal.ZERO;
            for (String channel : channels) {
                BigDecimal v = cell.getOrDefault(m + "|" + channel, BigDecimal.ZERO);
                total = total.add(v);
                r.add(numbers.format(v));
            }
            r.add(numbers.format(total));
            monthRows.add(r);
        }
        List<String> monthHeader = new ArrayList<>();
        monthHeader.add(msg("obs.report.month", locale));
        channels.forEach(c -> monthHeader.add(labeller.label(Dimension.CHANNEL, c)));
        monthHeader.add(msg("obs.report.total", locale));
        sections.add(new Section(
                name("sales.amount", locale) + " " + y + " — " + labels.name(Dimension.CHANNEL, locale),
                monthHeader,
                monthRows,
                SvgCharts.verticalBars(
                        name("sales.amount", locale),
                        months.stream().map(m -> m.substring(5)).toList(),
                        perChannel,
                        wide.withStacked(true))));
        progress.reached(5);

        // 6. Sales by value chain.
        IndicatorResult chains = ask("sales.amount", Map.of("territory", code, "from", y, "to", y, "by", "valueChain"));
        sections.add(oneDimension(
                name("sales.amount", locale) + " " + y + " — " + labels.name(Dimension.VALUE_CHAIN, locale),
                Dimension.VALUE_CHAIN,
                chains,
                labeller,
                numbers,
                locale,
                (title, cats, series) -> SvgCharts.horizontalBars(
                        title,
                        cats,
                        List.of(SvgCharts.Series.of(title, series)),
                        SvgCharts.Options.of(640, Math.max(160, 26 * cats.size() + 60), formatting)
                                .withFormat(numbers)
                                .withEmptyText(msg("obs.report.noData", locale)))));
        progress.reached(6);

        // 7. Cooperatives created over ten years.
        IndicatorResult created = ask(
                "registry.cooperatives-created",
                Map.of("territory", code, "period", "YEAR", "from", Integer.toString(year - 9), "to", y));
        Map<String, BigDecimal> perYear = new HashMap<>();
        created.rows().forEach(r -> perYear.put(r.period(), r.numerator()));
        List<String> years = new ArrayList<>();
        List<Number> counts = new ArrayList<>();
        List<List<String>> createdRows = new ArrayList<>();
        for (int yy = year - 9; yy <= year; yy++) {
            String k = Integer.toString(yy);
            years.add(k);
            counts.add(perYear.getOrDefault(k, BigDecimal.ZERO));
            createdRows.add(List.of(k, numbers.format(perYear.getOrDefault(k, BigDecimal.ZERO))));
        }
        sections.add(new Section(
                name("registry.cooperatives-created", locale),
                List.of(msg("obs.report.year", locale), name("registry.cooperatives-created", locale)),
                createdRows,
                SvgCharts.lines(
                        name("registry.cooperatives-created", locale),
                        years,
                        List.of(SvgCharts.Series.of(name("registry.cooperatives-created", locale), counts)),
                        wide)));
        model.put("sections", sections);
        progress.reached(7);

        // 8. What every figure means.
        model.put("definitions", indicators.all(false));
        model.put(
                "lastUpdated",
                indicators.all(false).stream()
                        .map(indicators::lastUpdated)
                        .flatMap(Optional::stream)
                        .max(Instant::compareTo)
                        .orElse(null));
        return model;
    }

    private interface Chart {
        String draw(String title, List<String> categories, List<Number> values);
    }

    private Section oneDimension(
            String title,
            Dimension dimension,
            IndicatorResult result,
            DimensionLabels.Labeller labeller,
            NumberFormat numbers,
            Locale locale,
            Chart chart) {
        List<String> categories = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorResult.Row row : result.rows()) {
            String label = labeller.label(dimension, row.dimensions().get(0));
            categories.add(label);
            values.add(row.numerator());
            rows.add(List.of(label, numbers.format(row.numerator())));
        }
        return new Section(
                title,
                List.of(labels.name(dimension, locale), msg("obs.report.value", locale)),
                rows,
                chart.draw(title, categories, values));
    }

    private static Map<Long, BigDecimal> byTerritory(IndicatorResult result) {
        Map<Long, BigDecimal> values = new HashMap<>();
        for (IndicatorResult.Row row : result.rows()) {
            if (row.territory() != null) {
                values.put(row.territory().id(), row.numerator());
            }
        }
        return values;
    }

    private IndicatorResult ask(String code, Map<String, String> parameters) {
        return ask(indicators.find(code, false), parameters);
    }

    private IndicatorResult ask(IndicatorDefinition indicator, Map<String, String> parameters) {
        return indicators.run(indicators.parse(indicator, parameters, LocalDate.now(RollupListener.MOROCCO)));
    }

    private String name(String code, Locale locale) {
        return indicators.find(code, false).name().in(locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
