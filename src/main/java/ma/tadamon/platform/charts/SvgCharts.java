package ma.tadamon.platform.charts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Charts as SVG text, drawn on the server for PDFs (openhtmltopdf runs no JavaScript; it draws an
 * inline {@code <svg>} through Batik) or for a page without a script. Every chart carries a
 * {@code <title>} for screen readers, escapes all text, starts its bars at a zero baseline (a
 * negative value hangs below it) on round 1-2-5 ticks, and, for Arabic, runs its category axis from
 * right to left with the text anchors mirrored. Empty data draws the title and an "empty" text
 * instead of failing.
 *
 * <pre>{@code
 * SvgCharts.Options options = SvgCharts.Options.of(640, 320)
 *         .withRtl(true)
 *         .withFormat(NumberFormat.getIntegerInstance(locale))
 *         .withEmptyText(messages.getMessage("chart.empty", null, locale));
 * String svg = SvgCharts.verticalBars(
 *         "Ventes par mois",
 *         List.of("janv.", "févr."),
 *         List.of(SvgCharts.Series.of("2025", 1200, 900), SvgCharts.Series.of("2026", 1500, null)),
 *         options);
 * // in a PDF template: <div th:utext="${svg}"></div>
 * }</pre>
 */
public final class SvgCharts {

    /**
     * The screen charts' colours (static/js/chart.js) in their order, except that its dark red comes
     * last: next to the dark green it is hard to tell apart for red-green colour-blind readers. The
     * others are from the Okabe–Ito colour-blind-safe set. Series are also told apart by the legend.
     */
    public static final List<String> PALETTE =
            List.of("#0b6e4f", "#d97706", "#2563eb", "#cc79a7", "#56b4e9", "#6b7280", "#a4262c");

    /** The font families the PDF renderer knows (see {@code PdfDocuments}), Latin first. */
    public static final String FONT_FAMILY = "Noto Sans, Noto Naskh Arabic, sans-serif";

    /** The same, Arabic first: for a text holding Arabic, when the chart keeps the default font. */
    public static final String ARABIC_FONT_FAMILY = "Noto Naskh Arabic, Noto Sans, sans-serif";

    private SvgCharts() {}

    /** A named series of values, one a category; null for a missing value. */
    public record Series(String name, List<@Nullable Number> values) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        /** Values may be {@code BigDecimal}, {@code Long}, {@code Double}…, or null. */
        public static Series of(String name, List<? extends @Nullable Number> values) {
            return new Series(name, new ArrayList<>(values));
        }

        public static Series of(String name, @Nullable Number... values) {
            List<@Nullable Number> list = new ArrayList<>();
            Collections.addAll(list, values);
            return new Series(name, list);
        }

        @Nullable
        Number at(int index) {
            return index < values.size() ? values.get(index) : null;
        }
    }

    /**
     * Size in SVG user units (a PDF draws one unit as one CSS pixel), direction, number format,
     * colours, grouping of bars, font, and the text an empty chart shows.
     */
    public record Options(
            int width,
            int height,
            boolean rtl,
            Function<Number, String> format,
            List<String> palette,
            boolean stacked,
            String fontFamily,
            String emptyText) {

        public Options {
            if (width < 80 || height < 60) {
                throw new IllegalArgumentException("a chart needs at least 80 × 60 units");
            }
            if (palette.isEmpty()) {
                throw new IllegalArgumentException("a palette needs a colour");
            }
            palette = List.copyOf(palette);
        }

        /** Left to right, numbers as {@code NumberFormat.getNumberInstance(Locale.ROOT)}, bars grouped. */
        public static Options of(int width, int height) {
            return new Options(
                    width,
                    height,
                    false,
                    formatter(NumberFormat.getNumberInstance(Locale.ROOT)),
                    PALETTE,
                    false,
                    FONT_FAMILY,
                    "—");
        }

        /** Right to left for Arabic, numbers formatted for the locale. */
        public static Options of(int width, int height, Locale locale) {
            return of(width, height)
                    .withRtl(locale.getLanguage().equals("ar"))
                    .withFormat(NumberFormat.getNumberInstance(locale));
        }

        public Options withRtl(boolean rtl) {
            return new Options(width, height, rtl, format, palette, stacked, fontFamily, emptyText);
        }

        public Options withFormat(Function<Number, String> format) {
            return new Options(width, height, rtl, format, palette, stacked, fontFamily, emptyText);
        }

        /** A {@link NumberFormat} (copied on each use, as it is not thread-safe). */
        public Options withFormat(NumberFormat format) {
            return withFormat(formatter(format));
        }

        public Options withPalette(List<String> palette) {
            return new Options(width, height, rtl, format, palette, stacked, fontFamily, emptyText);
        }

        /** Bars of several series piled up (negative values piled down) rather than side by side. */
        public Options withStacked(boolean stacked) {
            return new Options(width, height, rtl, format, palette, stacked, fontFamily, emptyText);
        }

        public Options withFontFamily(String fontFamily) {
            return new Options(width, height, rtl, format, palette, stacked, fontFamily, emptyText);
        }

        /** What a chart with no value says (a message in the reader's language). */
        public Options withEmptyText(String emptyText) {
            return new Options(width, height, rtl, format, palette, stacked, fontFamily, emptyText);
        }

        String colour(int index) {
            return palette.get(index % palette.size());
        }

        private static Function<Number, String> formatter(NumberFormat format) {
            NumberFormat copy = (NumberFormat) format.clone();
            return n -> ((NumberFormat) copy.clone()).format(n);
        }
    }

    /** Columns, one group a category (left to right, or right to left for Arabic). */
    public static String verticalBars(String title, List<String> categories, List<Series> series, Options options) {
        return new BarChart(title, categories, series, options, false).draw();
    }

    /** Bars along the value axis, one row a category from the top: for ranked categories with long names. */
    public static String horizontalBars(String title, List<String> categories, List<Series> series, Options options) {
        return new BarChart(title, categories, series, options, true).draw();
    }

    /** One line a series over periods; a null value breaks the line. */
    public static String lines(String title, List<String> periods, List<Series> series, Options options) {
        return new LineChart(title, periods, series, options).draw();
    }

    /** Shares of a whole, with a legend of values and percentages; null, zero and negative values are left out. */
    public static String donut(
            String title, List<String> labels, List<? extends @Nullable Number> values, Options options) {
        return new DonutChart(title, labels, values, options).draw();
    }
}
