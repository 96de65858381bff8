package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.export.Downloads;
import ma.tadamon.platform.export.TableExport;
import ma.tadamon.platform.pdf.PdfDocuments;
import ma.tadamon.registry.Actors;
import ma.tadamon.sales.LocationSales;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An edition's closing report for its organisers and funders: exhibitors, sales, attendance,
 * programme and the comparison with earlier editions, as a page (charts with their tables), a PDF in
 * the reader's language, and spreadsheets (one row per figure; one row per exhibitor).
 */
@Controller
class ReportController {

    /** One figure of the report as the figures spreadsheet holds it, and as the page shows it. */
    record Figure(String section, String figure, String key, LocalizedText name, Object value) {}

    /** A bar of the PDF's charts: drawn as a box whose width is a class w0..w20 (5 % steps). */
    record Bar(String label, String value, int step) {}

    private final Editions editions;
    private final FairsAccess access;
    private final ClosingReport reports;
    private final Actors actors;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    ReportController(
            Editions editions,
            FairsAccess access,
            ClosingReport reports,
            Actors actors,
            PdfDocuments pdf,
            MessageSource messages) {
        this.editions = editions;
        this.access = access;
        this.reports = reports;
        this.actors = actors;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/organise/fairs/{id}/report")
    String page(@PathVariable UUID id, Model model, Locale locale) {
        Edition edition = organised(id);
        ClosingReport.Closing report = reports.of(edition);
        model.addAllAttributes(model(report, locale));
        return "fairs/report-closing";
    }

    @GetMapping("/organise/fairs/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        Edition edition = organised(id);
        ClosingReport.Closing report = reports.of(edition);
        Map<String, Object> model = new HashMap<>(model(report, locale));
        model.put("rtl", "ar".equals(locale.getLanguage()));
        LiveCharts text = new LiveCharts(messages, locale);
        model.put(
                "barsDays",
                bars(
                        report.stalls().days().stream()
                                .map(d -> new Object[] {text.day(d.day()), d.amount()})
                                .toList(),
                        true,
                        locale));
        model.put(
                "barsSectors",
                bars(
                        report.stalls().sectors().stream()
                                .map(r -> new Object[] {r.label().in(locale), r.amount()})
                                .toList(),
                        true,
                        locale));
        model.put(
                "barsFootfall",
                bars(
                        report.footfallByDay().entrySet().stream()
                                .map(e -> new Object[] {text.day(e.getKey()), BigDecimal.valueOf(e.getValue())})
                                .toList(),
                        false,
                        locale));
        model.put(
                "barsComparison",
                bars(
                        report.comparison().stream()
                                .map(k -> new Object[] {k.name(locale), k.gross()})
                                .toList(),
                        true,
                        locale));
        byte[] body = pdf.render("fairs/report-pdf", model, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("report-" + edition.slug() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    /** The report as spreadsheets: every figure, one exhibitor a row, or one chart's figures. */
    @GetMapping("/organise/fairs/{id}/report/{part:figures|exhibitors|days|sectors|footfall|comparison}.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable String part) {
        Edition edition = organised(id);
        ClosingReport.Closing report = reports.of(edition);
        Locale ar = Locale.forLanguageTag("ar");
        Locale fr = Locale.FRENCH;
        byte[] csv;
        if (part.equals("exhibitors")) {
            Map<String, LocalizedText> sectors = LiveController.sectorNames(actors);
            List<List<?>> rows = new ArrayList<>();
            for (ClosingReport.ExhibitorSales s : report.perExhibitor()) {
                LocalizedText sector = sectors.getOrDefault(
                        s.exhibitor().sector(),
                        new LocalizedText(null, s.exhibitor().sector(), null));
                rows.add(List.of(
                        s.exhibitor().actorId(),
                        s.exhibitor().name(ar),
                        s.exhibitor().name(fr),
                        s.exhibitor().sector(),
                        sector.in(fr),
                        s.exhibitor().womenLed() ? 1 : 0,
                        s.exhibitor().youthLed() ? 1 : 0,
                        s.sales().sales(),
                        LiveController.qty(s.sales().quantity()),
                        s.sales().amount(),
                        s.flags().late(),
                        s.flags().openDiscrepancies()));
            }
            csv = TableExport.write(
                    TableExport.Format.CSV,
                    List.of(
                            "actor_id",
                            "name_ar",
                            "name_fr",
                            "sector",
                            "sector_fr",
                            "women_led",
                            "youth_led",
                            "sales",
                            "quantity",
                            "amount_mad",
                            "late_sales",
                            "open_discrepancies"),
                    rows);
        } else {
            List<List<?>> rows = new ArrayList<>();
            for (Figure f : figures(report, fr)) {
                if (part.equals("figures")
                        || (part.equals("days") && f.figure().equals("sales_day"))
                        || (part.equals("sectors") && f.figure().equals("sales_sector"))
                        || (part.equals("footfall") && f.section().equals("attendance"))
                        || (part.equals("comparison") && f.section().equals("comparison"))) {
                    rows.add(List.of(
                            f.section(),
                            f.figure(),
                            f.key(),
                            f.name().in(ar),
                            f.name().in(fr),
                            f.value()));
                }
            }
            csv = TableExport.write(
                    TableExport.Format.CSV, List.of("section", "figure", "key", "name_ar", "name_fr", "value"), rows);
        }
        return Downloads.attachment("report-" + edition.slug() + "-" + part + ".csv", TableExport.Format.CSV, csv);
    }

    private Edition organised(UUID id) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        return edition;
    }

    private Map<String, Object> model(ClosingReport.Closing report, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        LiveCharts charts = new LiveCharts(messages, locale);
        model.put("edition", report.edition());
        model.put("report", report);
        model.put("sectorNames", LiveController.sectorNames(actors));
        model.put("chartDays", charts.days(report.stalls().days()));
        model.put(
                "chartSectors", charts.rows("fairs.live.sector", report.stalls().sectors()));
        model.put("chartFootfall", charts.footfallDays(report.footfallByDay()));
        List<List<Object>> comparison = new ArrayList<>();
        report.comparison().forEach(k -> comparison.add(List.of(k.name(locale), k.gross())));
        model.put(
                "chartComparison",
                new LiveCharts.Chart(
                        List.of(charts.text("fairs.report.edition"), charts.text("fairs.live.amount")), comparison));
        model.put("figures", figures(report, locale));
        model.put(
                "period",
                LiveCharts.fullDay(report.edition().startsOn(), locale) + " – "
                        + LiveCharts.fullDay(report.edition().endsOn(), locale));
        return model;
    }

    /** Every figure of the report, in order: what the figures spreadsheet holds. */
    List<Figure> figures(ClosingReport.Closing r, Locale locale) {
        List<Figure> f = new ArrayList<>();
        ClosingReport.ExhibitorFigures ex = r.exhibitors();
        add(f, "exhibitors", "count", ex.count());
        add(f, "exhibitors", "women_led", ex.womenLed());
        add(f, "exhibitors", "women_led_share", ex.womenShare());
        add(f, "exhibitors", "youth_led", ex.youthLed());
        add(f, "exhibitors", "youth_led_share", ex.youthShare());
        add(f, "exhibitors", "other_regions", ex.otherRegions());
        add(f, "exhibitors", "other_regions_share", ex.otherRegionsShare());
        for (ClosingReport.Count c : ex.sectors()) {
            f.add(new Figure("exhibitors", "sector", c.key(), c.label(), c.count()));
        }
        LocationSales.Totals stalls = r.stalls().totals();
        add(f, "sales", "gross", r.key().gross());
        add(f, "sales", "stalls_gross", stalls.gross());
        add(f, "sales", "corner_gross", r.key().cornerGross());
        add(f, "sales", "sales_count", r.key().sales());
        add(f, "sales", "stalls_sales_count", stalls.sales());
        add(f, "sales", "returns_count", stalls.returns());
        add(f, "sales", "returns_amount", stalls.returnsAmount());
        add(f, "sales", "quantity", new BigDecimal(LiveController.qty(stalls.quantity())));
        add(f, "sales", "average_sale", stalls.averageSale());
        add(f, "sales", "average_per_exhibitor", r.average());
        add(f, "sales", "median_per_exhibitor", r.median());
        add(f, "sales", "late_sales", stalls.late());
        add(f, "sales", "open_discrepancies", r.stalls().openDiscrepancies());
        for (LocationSales.Day d : r.stalls().days()) {
            f.add(new Figure("sales", "sales_day", d.day().toString(), NONE, d.amount()));
        }
        for (LocationSales.Row s : r.stalls().sectors()) {
            f.add(new Figure("sales", "sales_sector", s.key(), s.label(), s.amount()));
        }
        for (LocationSales.Row p : r.stalls().products()) {
            f.add(new Figure("sales", "sales_product", p.key(), p.label(), p.amount()));
        }
        if (r.corner() != null) {
            for (LocationSales.Row s : r.corner().sellers()) {
                f.add(new Figure("sales", "corner_cooperative", s.key(), s.label(), s.amount()));
            }
        }
        add(f, "attendance", "visitors", r.visitors());
        @Nullable BigDecimal perVisitor = r.key().perVisitor();
        add(f, "attendance", "sales_per_visitor", perVisitor == null ? "" : perVisitor);
        r.footfallByDay().forEach((day, n) -> f.add(new Figure("attendance", "visitors_day", day.toString(), NONE, n)));
        r.footfallByEntrance()
                .forEach((entrance, n) -> f.add(new Figure(
                        "attendance",
                        "visitors_entrance",
                        entrance,
                        new LocalizedText(entrance, entrance, entrance),
                        n)));
        add(f, "programme", "recorded", r.programmeRecorded() ? 1 : 0);
        add(f, "programme", "sessions", r.programme().sessions());
        add(f, "programme", "trainings", r.programme().trainings());
        add(f, "programme", "registrations", r.programme().registrations());
        add(f, "programme", "attended", r.programme().attended());
        add(f, "programme", "certificates", r.programme().certificates());
        for (ClosingReport.KeyFigures k : r.comparison()) {
            String key = String.valueOf(k.editionId());
            f.add(new Figure("comparison", "exhibitors", key, k.name(), k.exhibitors()));
            f.add(new Figure("comparison", "women_led_share", key, k.name(), k.womenShare()));
            f.add(new Figure("comparison", "youth_led_share", key, k.name(), k.youthShare()));
            f.add(new Figure("comparison", "sales_count", key, k.name(), k.sales()));
            f.add(new Figure("comparison", "gross", key, k.name(), k.gross()));
            f.add(new Figure("comparison", "corner_gross", key, k.name(), k.cornerGross()));
            f.add(new Figure("comparison", "average_per_exhibitor", key, k.name(), k.averagePerExhibitor()));
            f.add(new Figure("comparison", "visitors", key, k.name(), k.visitors()));
            f.add(new Figure("comparison", "trainings", key, k.name(), k.trainings()));
        }
        return f;
    }

    private static void add(List<Figure> figures, String section, String figure, Object value) {
        figures.add(new Figure(section, figure, "", NONE, value));
    }

    /** Bars scaled to the largest value, in 5 % steps (at least one step when above zero). */
    static List<Bar> bars(List<Object[]> rows, boolean money, Locale locale) {
        BigDecimal max = rows.stream().map(r -> (BigDecimal) r[1]).reduce(BigDecimal.ZERO, BigDecimal::max);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(LiveCharts.formatting(locale));
        format.setMinimumFractionDigits(money ? 2 : 0);
        format.setMaximumFractionDigits(money ? 2 : 0);
        List<Bar> bars = new ArrayList<>();
        for (Object[] r : rows) {
            BigDecimal value = (BigDecimal) r[1];
            int step = max.signum() <= 0 || value.signum() <= 0
                    ? 0
                    : Math.max(
                            1,
                            value.multiply(BigDecimal.valueOf(20))
                                    .divide(max, 0, RoundingMode.HALF_UP)
                                    .intValue());
            bars.add(new Bar((String) r[0], format.format(value), step));
        }
        return bars;
    }

    private static final LocalizedText NONE = new LocalizedText("", "", "");
}
