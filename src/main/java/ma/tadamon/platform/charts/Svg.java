package ma.tadamon.platform.charts;

import java.util.Locale;

/** A small SVG writer: every text and attribute value escaped, coordinates with one decimal. */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens an element; {@code attributes} are name, value pairs. */
    Svg open(String name, Object... attributes) {
        start(name, attributes);
        out.append('>');
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    Svg empty(String name, Object... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Svg element(String name, String text, Object... attributes) {
        open(name, attributes);
        out.append(escape(text));
        return close(name);
    }

    private void start(String name, Object... attributes) {
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(value instanceof Double d ? number(d) : escape(String.valueOf(value)))
                    .append('"');
        }
    }

    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** XML-escapes text and drops the characters XML 1.0 cannot hold. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            escaped.append(c);
                        }
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
