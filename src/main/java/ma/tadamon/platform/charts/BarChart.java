package ma.tadamon.platform.charts;

import java.util.List;
import ma.tadamon.platform.charts.Frame.Align;
import ma.tadamon.platform.charts.SvgCharts.Options;
import ma.tadamon.platform.charts.SvgCharts.Series;
import org.jspecify.annotations.Nullable;

/** Bars, vertical or horizontal, series side by side or stacked (negatives stacked below zero). */
final class BarChart {

    private static final double GAP = 0.15;

    private final Frame frame;
    private final List<String> categories;
    private final List<Series> series;
    private final Options options;
    private final boolean horizontal;

    BarChart(String title, List<String> categories, List<Series> series, Options options, boolean horizontal) {
        this.frame = new Frame(title, options);
        this.categories = categories;
        this.series = series;
        this.options = options;
        this.horizontal = horizontal;
    }

    String draw() {
        if (categories.isEmpty() || Frame.noValue(series, categories.size())) {
            return frame.empty();
        }
        double legend = frame.legend(series.stream().map(Series::name).toList());
        NiceScale scale = scale();
        if (horizontal) {
            rows(legend, scale);
        } else {
            columns(legend, scale);
        }
        return frame.finish();
    }

    private NiceScale scale() {
        double min = 0;
        double max = 0;
        for (int i = 0; i < categories.size(); i++) {
            double up = 0;
            double down = 0;
            for (Series s : series) {
                Number value = s.at(i);
                if (value == null) {
                    continue;
                }
                double v = value.doubleValue();
                if (options.stacked()) {
                    up += Math.max(0, v);
                    down += Math.min(0, v);
                } else {
                    up = Math.max(up, v);
                    down = Math.min(down, v);
                }
            }
            min = Math.min(min, down);
            max = Math.max(max, up);
        }
        return NiceScale.of(min, max, horizontal ? 4 : 5);
    }

    private void columns(double legend, NiceScale scale) {
        ColumnPlot plot = new ColumnPlot(frame, legend, scale, categories);
        plot.axes();
        frame.svg.open("g", "class", "bars");
        for (int i = 0; i < categories.size(); i++) {
            double inner = plot.band() * (1 - 2 * GAP);
            double up = 0;
            double down = 0;
            for (int j = 0; j < series.size(); j++) {
                Number value = series.get(j).at(i);
                if (value == null) {
                    continue;
                }
                double v = value.doubleValue();
                double x;
                double width;
                double from;
                if (options.stacked()) {
                    x = plot.slot(i) + plot.band() * GAP;
                    width = inner;
                    from = v >= 0 ? up : down;
                    if (v >= 0) {
                        up += v;
                    } else {
                        down += v;
                    }
                } else {
                    width = inner / series.size();
                    int place = options.rtl() ? series.size() - 1 - j : j;
                    x = plot.slot(i) + plot.band() * GAP + place * width;
                    from = 0;
                }
                double a = plot.y(from);
                double b = plot.y(from + v);
                bar(x, Math.min(a, b), width, Math.abs(a - b), j, i, value);
            }
        }
        frame.svg.close("g");
        plot.baseline();
    }

    /** Rows from the top; labels at the reading side, bars growing away from it. */
    private void rows(double legend, NiceScale scale) {
        boolean rtl = options.rtl();
        double labels = 0;
        for (String c : categories) {
            labels = Math.max(labels, Frame.width(c));
        }
        labels = Math.min(labels, options.width() * 0.4) + 6;
        double tickRoom = Frame.width(frame.format(scale.hi())) / 2 + 2;
        double left = Frame.PAD + (rtl ? tickRoom : labels);
        double right = options.width() - Frame.PAD - (rtl ? labels : tickRoom);
        double top = Frame.PAD + legend;
        double bottom = options.height() - Frame.PAD - Frame.FONT_SIZE - 6;
        double band = (bottom - top) / categories.size();
        // Values grow away from the labels: to the right, or to the left for Arabic.
        java.util.function.DoubleUnaryOperator x =
                v -> rtl ? right - scale.fraction(v) * (right - left) : left + scale.fraction(v) * (right - left);

        frame.svg.open("g", "class", "value-axis");
        for (double tick : scale.ticks()) {
            double at = x.applyAsDouble(tick);
            frame.svg.empty(
                    "line", "x1", at, "y1", top, "x2", at, "y2", bottom, "stroke", Frame.GRID, "stroke-width", 1.0);
            frame.text(at, bottom + Frame.FONT_SIZE + 4, Align.MIDDLE, frame.format(tick), Frame.MUTED, "tick");
        }
        frame.svg.close("g");
        frame.svg.open("g", "class", "category-axis");
        for (int i = 0; i < categories.size(); i++) {
            double y = top + i * band + band / 2 + Frame.FONT_SIZE / 3;
            frame.text(
                    rtl ? right + 6 : left - 6,
                    y,
                    rtl ? Align.LEFT : Align.RIGHT,
                    Frame.fit(categories.get(i), labels - 6),
                    Frame.TEXT,
                    "category");
        }
        frame.svg.close("g");

        frame.svg.open("g", "class", "bars");
        for (int i = 0; i < categories.size(); i++) {
            double inner = band * (1 - 2 * GAP);
            double up = 0;
            double down = 0;
            for (int j = 0; j < series.size(); j++) {
                Number value = series.get(j).at(i);
                if (value == null) {
                    continue;
                }
                double v = value.doubleValue();
                double y;
                double height;
                double from;
                if (options.stacked()) {
                    y = top + i * band + band * GAP;
                    height = inner;
                    from = v >= 0 ? up : down;
                    if (v >= 0) {
                        up += v;
                    } else {
                        down += v;
                    }
                } else {
                    height = inner / series.size();
                    y = top + i * band + band * GAP + j * height;
                    from = 0;
                }
                double a = x.applyAsDouble(from);
                double b = x.applyAsDouble(from + v);
                bar(Math.min(a, b), y, Math.abs(a - b), height, j, i, value);
            }
        }
        frame.svg.close("g");
        double zero = x.applyAsDouble(0);
        frame.svg.empty(
                "line",
                "class",
                "baseline",
                "x1",
                zero,
                "y1",
                top,
                "x2",
                zero,
                "y2",
                bottom,
                "stroke",
                Frame.TEXT,
                "stroke-width",
                1.0);
    }

    private void bar(double x, double y, double width, double height, int series, int category, Number value) {
        frame.svg.open(
                "rect",
                "class",
                "bar",
                "x",
                x,
                "y",
                y,
                "width",
                width,
                "height",
                height,
                "fill",
                options.colour(series),
                "stroke",
                "#ffffff",
                "stroke-width",
                0.5);
        frame.svg.element("title", label(category, series, value));
        frame.svg.close("rect");
    }

    private String label(int category, int index, @Nullable Number value) {
        String name = series.size() > 1 ? " — " + series.get(index).name() : "";
        return categories.get(category) + name + " : " + (value == null ? "" : Frame.format(options, value));
    }
}
