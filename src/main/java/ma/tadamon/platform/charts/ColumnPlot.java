package ma.tadamon.platform.charts;

import java.util.List;
import ma.tadamon.platform.charts.Frame.Align;

/**
 * The plot of columns and lines: categories along the width (from the right for Arabic), values
 * up the height on round ticks, the value labels on the reading side.
 */
final class ColumnPlot {

    final Frame frame;
    final NiceScale scale;
    final List<String> categories;
    final double left;
    final double right;
    final double top;
    final double bottom;

    ColumnPlot(Frame frame, double legendHeight, NiceScale scale, List<String> categories) {
        this.frame = frame;
        this.scale = scale;
        this.categories = categories;
        double labels = 0;
        for (double tick : scale.ticks()) {
            labels = Math.max(labels, Frame.width(frame.format(tick)));
        }
        labels += 6;
        boolean rtl = frame.options.rtl();
        this.left = Frame.PAD + (rtl ? 0 : labels);
        this.right = frame.options.width() - Frame.PAD - (rtl ? labels : 0);
        this.top = Frame.PAD + legendHeight + Frame.FONT_SIZE / 2;
        this.bottom = frame.options.height() - Frame.PAD - Frame.FONT_SIZE - 6;
    }

    double y(double value) {
        return bottom - scale.fraction(value) * (bottom - top);
    }

    double band() {
        return (right - left) / categories.size();
    }

    /** The left edge of a category's band: the first category at the reading side. */
    double slot(int category) {
        return frame.options.rtl() ? right - (category + 1) * band() : left + category * band();
    }

    /** Grid lines and their values, and the category names under the plot. */
    void axes() {
        Frame f = frame;
        boolean rtl = f.options.rtl();
        f.svg.open("g", "class", "value-axis");
        for (double tick : scale.ticks()) {
            double y = y(tick);
            f.svg.empty("line", "x1", left, "y1", y, "x2", right, "y2", y, "stroke", Frame.GRID, "stroke-width", 1.0);
            f.text(
                    rtl ? right + 6 : left - 6,
                    y + Frame.FONT_SIZE / 3,
                    rtl ? Align.LEFT : Align.RIGHT,
                    f.format(tick),
                    Frame.MUTED,
                    "tick");
        }
        f.svg.close("g");
        f.svg.open("g", "class", "category-axis");
        for (int i = 0; i < categories.size(); i++) {
            f.text(
                    slot(i) + band() / 2,
                    bottom + Frame.FONT_SIZE + 4,
                    Align.MIDDLE,
                    Frame.fit(categories.get(i), band() - 4),
                    Frame.TEXT,
                    "category");
        }
        f.svg.close("g");
    }

    /** The zero line, drawn over the bars. */
    void baseline() {
        double y = y(0);
        frame.svg.empty(
                "line",
                "class",
                "baseline",
                "x1",
                left,
                "y1",
                y,
                "x2",
                right,
                "y2",
                y,
                "stroke",
                Frame.TEXT,
                "stroke-width",
                1.0);
    }
}
