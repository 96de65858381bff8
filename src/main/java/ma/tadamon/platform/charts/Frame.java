package ma.tadamon.platform.charts;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import ma.tadamon.platform.charts.SvgCharts.Options;

/**
 * What every chart shares: the root element with its title, the legend, the "no data" face, and
 * text placed by its physical side (left, right). The root says {@code direction="ltr"} even for
 * Arabic (and so in an RTL page too, which it would otherwise inherit): Batik anchors text as if
 * left to right whatever the direction says, so anchors are physical — "start" is the left edge —
 * and Arabic mirrors by where it puts things. Each text's own letters are still ordered by the
 * Unicode bidi algorithm.
 */
final class Frame {

    static final double FONT_SIZE = 11;
    static final double PAD = 8;
    static final String TEXT = "#1f2937";
    static final String MUTED = "#4b5563";
    static final String GRID = "#e5e7eb";

    private static final AtomicLong IDS = new AtomicLong();
    private static final Pattern ARABIC =
            Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
    private static final Pattern BIDI_MARKS = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");

    enum Align {
        LEFT,
        MIDDLE,
        RIGHT
    }

    final Svg svg = new Svg();
    final Options options;

    Frame(String title, Options options) {
        this.options = options;
        String id = "chart-" + IDS.incrementAndGet();
        svg.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "width",
                options.width(),
                "height",
                options.height(),
                "viewBox",
                "0 0 " + options.width() + " " + options.height(),
                "role",
                "img",
                "aria-labelledby",
                id + "-title",
                "direction",
                "ltr",
                "font-family",
                options.fontFamily(),
                "font-size",
                Svg.number(FONT_SIZE));
        svg.element("title", title, "id", id + "-title");
    }

    /** Text whose left edge, middle or right edge is at {@code x}. */
    void text(double x, double y, Align align, String content, String fill, String className) {
        // Arabic font first for Arabic text: with the Latin one first, Batik draws some Arabic words
        // in a system font.
        String font = ARABIC.matcher(content).find() && options.fontFamily().equals(SvgCharts.FONT_FAMILY)
                ? SvgCharts.ARABIC_FONT_FAMILY
                : options.fontFamily();
        svg.element(
                "text",
                content,
                "class",
                className,
                "x",
                x,
                "y",
                y,
                "text-anchor",
                anchor(align),
                "fill",
                fill,
                "font-family",
                font);
    }

    /** The text-anchor that puts a text's left edge, middle or right edge at x. */
    static String anchor(Align align) {
        return switch (align) {
            case LEFT -> "start";
            case MIDDLE -> "middle";
            case RIGHT -> "end";
        };
    }

    /**
     * A row of colour swatches and names at the top, from the reading side, wrapping when full.
     * Returns the height it takes (none for a single series: the title names it).
     */
    double legend(List<String> names) {
        if (names.size() < 2) {
            return 0;
        }
        double line = FONT_SIZE + 6;
        double y = PAD;
        double used = 0;
        double available = options.width() - 2 * PAD;
        svg.open("g", "class", "legend");
        for (int i = 0; i < names.size(); i++) {
            String name = fit(names.get(i), available - 16);
            double item = 10 + 4 + width(name) + 14;
            if (used > 0 && used + item > available) {
                y += line;
                used = 0;
            }
            double start = options.rtl() ? options.width() - PAD - used : PAD + used;
            double swatch = options.rtl() ? start - 10 : start;
            svg.empty("rect", "x", swatch, "y", y, "width", 10.0, "height", 10.0, "fill", options.colour(i));
            double textX = options.rtl() ? start - 14 : start + 14;
            text(textX, y + 9, options.rtl() ? Align.RIGHT : Align.LEFT, name, TEXT, "legend-label");
            used += item;
        }
        svg.close("g");
        return y + line + 4 - PAD;
    }

    /** The chart with nothing to draw: its title stays, the text says why it is empty. */
    String empty() {
        text(options.width() / 2.0, options.height() / 2.0, Align.MIDDLE, options.emptyText(), MUTED, "empty");
        return finish();
    }

    String finish() {
        svg.close("svg");
        return svg.toString();
    }

    String format(Number value) {
        return format(options, value);
    }

    /**
     * A formatted number without bidi marks: ar-MA writes U+200E before a minus, plain ar U+061C,
     * which Batik would draw as a missing glyph; a lone number reads the same without them.
     */
    static String format(Options options, Number value) {
        return BIDI_MARKS.matcher(options.format().apply(value)).replaceAll("");
    }

    /** A text's width, estimated: the fonts are not measured here. */
    static double width(String text) {
        return text.length() * FONT_SIZE * 0.56;
    }

    /** The text, cut with an ellipsis if wider than {@code max}. */
    static String fit(String text, double max) {
        if (width(text) <= max) {
            return text;
        }
        int chars = Math.max(1, (int) (max / (FONT_SIZE * 0.56)) - 1);
        return text.substring(0, Math.min(chars, text.length())).strip() + "…";
    }

    static boolean noValue(List<SvgCharts.Series> series, int categories) {
        for (SvgCharts.Series s : series) {
            for (int i = 0; i < categories; i++) {
                if (s.at(i) != null) {
                    return false;
                }
            }
        }
        return true;
    }
}
