package ma.tadamon.platform.charts;

import java.util.ArrayList;
import java.util.List;
import ma.tadamon.platform.charts.Frame.Align;
import ma.tadamon.platform.charts.SvgCharts.Options;
import org.jspecify.annotations.Nullable;

/**
 * Shares of a whole: a ring from twelve o'clock (clockwise, or anticlockwise for Arabic) and a
 * legend beside it, at the reading side's far end, with each value and its percentage.
 */
final class DonutChart {

    private final Frame frame;
    private final Options options;
    private final List<String> labels = new ArrayList<>();
    private final List<Number> values = new ArrayList<>();
    private final List<Integer> colours = new ArrayList<>();

    DonutChart(String title, List<String> labels, List<? extends @Nullable Number> values, Options options) {
        this.frame = new Frame(title, options);
        this.options = options;
        for (int i = 0; i < labels.size(); i++) {
            Number value = i < values.size() ? values.get(i) : null;
            if (value != null && value.doubleValue() > 0) {
                this.labels.add(labels.get(i));
                this.values.add(value);
                this.colours.add(i);
            }
        }
    }

    String draw() {
        if (values.isEmpty()) {
            return frame.empty();
        }
        boolean rtl = options.rtl();
        double total = values.stream().mapToDouble(Number::doubleValue).sum();
        double outer = Math.min(options.height() - 2 * Frame.PAD, options.width() * 0.45) / 2;
        double inner = outer * 0.58;
        double cx = rtl ? options.width() - Frame.PAD - outer : Frame.PAD + outer;
        double cy = options.height() / 2.0;
        double angle = 0;
        frame.svg.open("g", "class", "slices");
        for (int i = 0; i < values.size(); i++) {
            double share = values.get(i).doubleValue() / total;
            double from = angle;
            double to = angle + share * 2 * Math.PI;
            double mid = (from + to) / 2;
            // Two arcs a slice, so that a slice of the whole circle is still drawn.
            String d = "M" + point(cx, cy, outer, from, rtl)
                    + arc(outer, rtl, true) + point(cx, cy, outer, mid, rtl)
                    + arc(outer, rtl, true) + point(cx, cy, outer, to, rtl)
                    + " L" + point(cx, cy, inner, to, rtl)
                    + arc(inner, rtl, false) + point(cx, cy, inner, mid, rtl)
                    + arc(inner, rtl, false) + point(cx, cy, inner, from, rtl)
                    + " Z";
            frame.svg.open(
                    "path",
                    "class",
                    "slice",
                    "d",
                    d,
                    "fill",
                    options.colour(colours.get(i)),
                    "stroke",
                    "#ffffff",
                    "stroke-width",
                    1.0);
            frame.svg.element("title", labels.get(i) + " : " + legendValue(i, share));
            frame.svg.close("path");
            angle = to;
        }
        frame.svg.close("g");

        double line = Frame.FONT_SIZE + 8;
        double legendStart = rtl ? cx - outer - 16 : cx + outer + 16;
        double legendWidth = options.width() - 2 * outer - 16 - 2 * Frame.PAD;
        double y = cy - line * values.size() / 2;
        frame.svg.open("g", "class", "legend");
        for (int i = 0; i < values.size(); i++) {
            double share = values.get(i).doubleValue() / total;
            double rowY = y + i * line;
            double swatch = rtl ? legendStart - 10 : legendStart;
            frame.svg.empty(
                    "rect",
                    "x",
                    swatch,
                    "y",
                    rowY,
                    "width",
                    10.0,
                    "height",
                    10.0,
                    "fill",
                    options.colour(colours.get(i)));
            frame.text(
                    rtl ? legendStart - 14 : legendStart + 14,
                    rowY + 9,
                    rtl ? Align.RIGHT : Align.LEFT,
                    Frame.fit(labels.get(i) + " — " + legendValue(i, share), legendWidth - 14),
                    Frame.TEXT,
                    "legend-label");
        }
        frame.svg.close("g");
        return frame.finish();
    }

    private String legendValue(int index, double share) {
        return Frame.format(options, values.get(index)) + " (" + Math.round(share * 100) + " %)";
    }

    /** A point of the circle, angles from twelve o'clock, clockwise (mirrored for right to left). */
    private static String point(double cx, double cy, double radius, double angle, boolean rtl) {
        double x = cx + (rtl ? -1 : 1) * radius * Math.sin(angle);
        double y = cy - radius * Math.cos(angle);
        return Svg.number(x) + " " + Svg.number(y);
    }

    /** An arc command of less than half a turn, in the drawing direction (forward) or back. */
    private static String arc(double radius, boolean rtl, boolean forward) {
        int sweep = forward != rtl ? 1 : 0;
        String r = Svg.number(radius);
        return " A" + r + " " + r + " 0 0 " + sweep + " ";
    }
}
