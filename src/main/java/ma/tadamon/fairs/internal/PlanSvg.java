package ma.tadamon.fairs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws a floor plan as SVG to scale (one user unit is one metre): zones coloured and named,
 * stands with their code and their exhibitor's short name coloured by sector, electricity and
 * water marks, the entrances, north, a 10 m scale bar and a legend. A title and a description
 * make it readable by screen readers; the list beside it on the pages is the full equivalent.
 * Only presentation attributes, no style attribute, so it passes the strict content policy.
 */
@Component
class PlanSvg {

    static final Map<String, String> SECTOR_COLOURS = Map.of(
            "AGRICULTURE", "#b7dfa2",
            "AGRIFOOD", "#ffd49e",
            "HANDICRAFTS", "#d3c2ff",
            "TOURISM", "#a6d6fb",
            "SERVICES", "#ffc7c7",
            "HOUSING", "#d9dee2",
            "OTHER", "#eceff1");
    static final String ELECTRICITY = "#e0a800";
    static final String WATER = "#1f6fc4";
    static final String CHOSEN = "#c2181f";

    private static final double MARGIN = 4;

    private final MessageSource messages;

    PlanSvg(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * What to draw besides the layout: the exhibitors to name on their stands (none before the
     * plan is published), the sectors' names for the legend, a stand to highlight, and whether
     * stands link to their line in the "who is where" list.
     */
    record Drawing(
            Locale locale,
            String title,
            Map<UUID, Exhibitor> exhibitors,
            Map<String, LocalizedText> sectorNames,
            @Nullable String chosen,
            boolean links) {}

    String render(FloorPlan plan, Drawing d) {
        Locale locale = d.locale();
        boolean rtl = "ar".equals(locale.getLanguage());
        double font = Math.max(0.6, Math.min(1.2, Math.min(plan.width(), plan.depth()) / 60));
        List<String> sectors = new ArrayList<>(new TreeSet<>(
                d.exhibitors().values().stream().map(Exhibitor::sector).toList()));
        List<ZoneKind> kinds = plan.zones().stream()
                .map(FloorPlan.Zone::kind)
                .distinct()
                .sorted()
                .toList();
        int legendItems = kinds.size() + 2 + sectors.size();
        double legendWidth = plan.width() + 2 * MARGIN;
        double itemWidth = Math.max(14 * font, 10);
        int perLine = Math.max(1, (int) Math.floor((legendWidth - 2) / (itemWidth * 1.6)));
        int lines = (legendItems + perLine - 1) / perLine;
        double legendTop = plan.depth() + MARGIN + 2 * font;
        double totalHeight = legendTop + (lines + 1) * 2.2 * font + MARGIN;
        double totalWidth = plan.width() + 2 * MARGIN;

        StringBuilder svg = new StringBuilder(64_000);
        String desc = msg(
                "plan.svg.desc",
                locale,
                PlanEditor.fmt(plan.width()),
                PlanEditor.fmt(plan.depth()),
                plan.stands().size(),
                d.exhibitors().isEmpty() ? 0 : plan.placedCount());
        // With links to the stands, the drawing is a group (an image's children are not reachable).
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plan-svg\" role=\"")
                .append(d.links() ? "group" : "img")
                .append('"')
                .append(" viewBox=\"")
                .append(n(-MARGIN))
                .append(' ')
                .append(n(-MARGIN))
                .append(' ')
                .append(n(totalWidth))
                .append(' ')
                .append(n(totalHeight))
                .append("\" aria-labelledby=\"plan-title plan-desc\" font-family=\"")
                .append("Noto Sans, Noto Naskh Arabic, Tahoma, sans-serif\" lang=\"")
                .append(locale.getLanguage())
                .append("\">");
        svg.append("<title id=\"plan-title\">").append(esc(d.title())).append("</title>");
        svg.append("<desc id=\"plan-desc\">").append(esc(desc)).append("</desc>");
        // The venue.
        svg.append("<rect x=\"0\" y=\"0\" width=\"")
                .append(n(plan.width()))
                .append("\" height=\"")
                .append(n(plan.depth()))
                .append("\" fill=\"#ffffff\" stroke=\"#1d2421\" stroke-width=\"0.3\"/>");
        for (FloorPlan.Zone z : plan.zones()) {
            zone(svg, z, locale, font);
        }
        for (FloorPlan.Stand s : plan.stands()) {
            stand(svg, s, d, font);
        }
        for (FloorPlan.Zone z : plan.zones()) {
            if (z.kind() == ZoneKind.ENTRANCE) {
                entranceArrow(svg, z, plan, font);
            }
        }
        north(svg, plan, font, msg("plan.north", locale));
        legend(svg, plan, d, kinds, sectors, legendTop, perLine, itemWidth * 1.6, font, rtl);
        svg.append("</svg>");
        return svg.toString();
    }

    private void zone(StringBuilder svg, FloorPlan.Zone z, Locale locale, double font) {
        Rect r = z.rect();
        svg.append("<g class=\"plan-zone\"><title>").append(esc(z.name(locale))).append("</title>");
        svg.append("<rect x=\"")
                .append(n(r.x()))
                .append("\" y=\"")
                .append(n(r.y()))
                .append("\" width=\"")
                .append(n(r.w()))
                .append("\" height=\"")
                .append(n(r.h()))
                .append("\" fill=\"")
                .append(z.kind().colour())
                .append("\" stroke=\"#6b7570\" stroke-width=\"0.15\" stroke-dasharray=\"0.6 0.4\"/>");
        String name = z.name(locale);
        if (z.kind() != ZoneKind.SALES) {
            text(svg, r.centreX(), r.centreY(), fitting(name, r.w(), font * 1.1), "#1d2421", true, name, r.w());
        } else {
            text(svg, r.x() + r.w() / 2, r.y() + font * 1.6, fitting(name, r.w(), font), "#3d4743", true, name, r.w());
        }
        svg.append("</g>");
    }

    private void stand(StringBuilder svg, FloorPlan.Stand s, Drawing d, double font) {
        Rect r = s.rect();
        Exhibitor e = s.actorId() == null ? null : d.exhibitors().get(s.actorId());
        boolean chosen = s.code().equalsIgnoreCase(String.valueOf(d.chosen()));
        String name = e == null ? null : e.name(d.locale());
        if (d.links()) {
            svg.append("<a href=\"?stand=")
                    .append(esc(s.code()))
                    .append("#who-")
                    .append(esc(s.code()))
                    .append("\">");
        }
        svg.append("<g id=\"stand-")
                .append(esc(s.code()))
                .append("\" class=\"plan-stand")
                .append(chosen ? " is-chosen" : "")
                .append(e == null ? " is-free" : "")
                .append("\" data-code=\"")
                .append(esc(s.code()))
                .append("\"><title>")
                .append(esc(s.code() + (name == null ? "" : " — " + name)))
                .append("</title>");
        svg.append("<rect x=\"")
                .append(n(r.x()))
                .append("\" y=\"")
                .append(n(r.y()))
                .append("\" width=\"")
                .append(n(r.w()))
                .append("\" height=\"")
                .append(n(r.h()))
                .append("\" fill=\"")
                .append(e == null ? "#ffffff" : SECTOR_COLOURS.getOrDefault(e.sector(), "#eceff1"))
                .append("\" stroke=\"")
                .append(chosen ? CHOSEN : "#4f5b56")
                .append("\" stroke-width=\"")
                .append(chosen ? "0.4" : "0.1")
                .append("\"/>");
        double small = Math.min(font * 0.75, r.h() / 4);
        text(svg, r.centreX(), r.y() + small * 1.4, small, "#1d2421", false, s.code(), r.w());
        if (name != null) {
            text(
                    svg,
                    r.centreX(),
                    r.centreY() + small * 0.6,
                    small * 0.8,
                    "#1d2421",
                    false,
                    shortName(name, r.w(), small * 0.8),
                    r.w());
        }
        double dot = Math.min(0.35, r.w() / 10);
        if (s.electricity()) {
            circle(svg, r.x() + dot * 1.6, r.bottom() - dot * 1.6, dot, ELECTRICITY);
        }
        if (s.water()) {
            circle(svg, r.right() - dot * 1.6, r.bottom() - dot * 1.6, dot, WATER);
        }
        svg.append("</g>");
        if (d.links()) {
            svg.append("</a>");
        }
    }

    private static void entranceArrow(StringBuilder svg, FloorPlan.Zone z, FloorPlan plan, double font) {
        Rect r = z.rect();
        double cx = r.centreX();
        double size = Math.min(2.2, Math.max(1.2, font * 1.8));
        // At the venue's edge nearest the zone, pointing inwards.
        double top = r.bottom() >= plan.depth() - 0.01 ? plan.depth() + 0.3 : r.y() - 0.3 - size;
        boolean up = r.bottom() >= plan.depth() - 0.01;
        String points = up
                ? n(cx - size) + "," + n(top + size) + " " + n(cx + size) + "," + n(top + size) + " " + n(cx) + ","
                        + n(top)
                : n(cx - size) + "," + n(top) + " " + n(cx + size) + "," + n(top) + " " + n(cx) + "," + n(top + size);
        svg.append("<polygon class=\"plan-entrance\" points=\"").append(points).append("\" fill=\"#0b6e4f\"/>");
    }

    private void north(StringBuilder svg, FloorPlan plan, double font, String label) {
        double x = plan.width() + MARGIN / 2;
        double y = 0.5;
        double s = Math.min(1.5, MARGIN / 3);
        svg.append("<g class=\"plan-north\"><polygon points=\"")
                .append(n(x))
                .append(",")
                .append(n(y))
                .append(" ")
                .append(n(x - s / 2))
                .append(",")
                .append(n(y + s * 1.6))
                .append(" ")
                .append(n(x + s / 2))
                .append(",")
                .append(n(y + s * 1.6))
                .append("\" fill=\"#1d2421\"/>");
        text(svg, x, y + s * 1.6 + font * 1.1, font, "#1d2421", true, label, MARGIN);
        svg.append("</g>");
    }

    private void legend(
            StringBuilder svg,
            FloorPlan plan,
            Drawing d,
            List<ZoneKind> kinds,
            List<String> sectors,
            double top,
            int perLine,
            double step,
            double font,
            boolean rtl) {
        Locale locale = d.locale();
        Map<String, String> items = new LinkedHashMap<>();
        for (ZoneKind k : kinds) {
            items.put("zone:" + msg("plan.zone." + k.name(), locale), k.colour());
        }
        items.put("dot:" + msg("plan.electricity", locale), ELECTRICITY);
        items.put("dot:" + msg("plan.water", locale), WATER);
        for (String sector : sectors) {
            LocalizedText name = d.sectorNames().get(sector);
            items.put(
                    "sector:" + (name == null ? sector : name.in(locale)),
                    SECTOR_COLOURS.getOrDefault(sector, "#eceff1"));
        }
        double width = plan.width();
        svg.append("<g class=\"plan-legend\">");
        text(
                svg,
                rtl ? width : 0,
                top,
                font * 1.1,
                "#1d2421",
                true,
                msg("plan.legend", locale),
                null,
                rtl ? "end" : "start");
        // A 10 m scale bar on the other side.
        double barStart = rtl ? 0 : width - 10;
        svg.append("<rect x=\"")
                .append(n(barStart))
                .append("\" y=\"")
                .append(n(top - font * 0.6))
                .append("\" width=\"10\" height=\"")
                .append(n(font * 0.4))
                .append("\" fill=\"#1d2421\"/>");
        text(svg, barStart + 5, top + font * 0.8, font * 0.8, "#1d2421", false, msg("plan.scale", locale), 12);
        int i = 0;
        for (Map.Entry<String, String> item : items.entrySet()) {
            int line = i / perLine;
            int col = i % perLine;
            double y = top + (line + 1) * 2.2 * font;
            double x = rtl ? width - col * step - font : col * step;
            String kind = item.getKey().substring(0, item.getKey().indexOf(':'));
            String label = item.getKey().substring(kind.length() + 1);
            if (kind.equals("dot")) {
                circle(svg, x + font / 2, y - font / 3, font / 3, item.getValue());
            } else {
                svg.append("<rect x=\"")
                        .append(n(x))
                        .append("\" y=\"")
                        .append(n(y - font * 0.8))
                        .append("\" width=\"")
                        .append(n(font))
                        .append("\" height=\"")
                        .append(n(font))
                        .append("\" fill=\"")
                        .append(item.getValue())
                        .append("\" stroke=\"#4f5b56\" stroke-width=\"0.08\"/>");
            }
            double tx = rtl ? x - font * 0.4 : x + font * 1.4;
            text(svg, tx, y, font * 0.85, "#1d2421", false, label, null, rtl ? "end" : "start");
            i++;
        }
        svg.append("</g>");
    }

    private static void circle(StringBuilder svg, double cx, double cy, double r, String fill) {
        svg.append("<circle cx=\"")
                .append(n(cx))
                .append("\" cy=\"")
                .append(n(cy))
                .append("\" r=\"")
                .append(n(r))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    private static void text(
            StringBuilder svg,
            double x,
            double y,
            double size,
            String fill,
            boolean bold,
            String value,
            @Nullable Double maxWidth) {
        text(svg, x, y, size, fill, bold, value, maxWidth, "middle");
    }

    private static void text(
            StringBuilder svg,
            double x,
            double y,
            double size,
            String fill,
            boolean bold,
            String value,
            @Nullable Double maxWidth,
            String anchor) {
        boolean arabic = isArabic(value);
        svg.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" font-size=\"")
                .append(n(size))
                .append("\" fill=\"")
                .append(fill)
                .append("\" text-anchor=\"")
                .append(arabic && !anchor.equals("middle") ? (anchor.equals("end") ? "start" : "end") : anchor)
                .append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        if (arabic) {
            svg.append(" direction=\"rtl\" xml:lang=\"ar\"");
        }
        svg.append('>').append(esc(value)).append("</text>");
    }

    private static void text(
            StringBuilder svg, double x, double y, double size, String fill, boolean bold, String value, double max) {
        text(svg, x, y, size, fill, bold, value, Double.valueOf(max));
    }

    /** A font size at most {@code size} at which the text fits the width (bold Latin is about 0.6 em a letter). */
    static double fitting(String text, double width, double size) {
        double needed = text.length() * 0.6 * size;
        return needed <= width * 0.92 ? size : Math.max(0.35, size * width * 0.92 / needed);
    }

    /** The name without its legal form, cut to what the stand's width holds. */
    static String shortName(String name, double width, double size) {
        String shortened = name.replaceFirst(
                        "^(?i)(coopérative|cooperative|coop\\.?|association|union|groupement|تعاونية|جمعية|اتحاد)\\s+",
                        "")
                .replaceFirst("^(?i)(de |d’|d'|des |du |la |le |l’|l')", "");
        int max = Math.max(4, (int) Math.floor(width / (size * 0.55)));
        return shortened.length() <= max
                ? shortened
                : shortened.substring(0, max - 1).strip() + "…";
    }

    static boolean isArabic(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                return true;
            }
        }
        return false;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static String n(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    static String esc(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
