package ma.tadamon.fairs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.pdf.PdfDocuments;
import ma.tadamon.registry.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the plan's pages, its SVG, its PDF and its API show: the drawing, the "who is where"
 * lines, the sectors. The public sees exhibitors' names from allocation on, once stands are
 * settled; before, the plan shows the layout only.
 */
@Component
class PlanViews {

    /** A4 landscape would crowd 150 stands: the printed plan is A3 landscape, 400 mm × 230 mm for the drawing. */
    static final double PDF_PLAN_WIDTH_MM = 400;

    static final double PDF_PLAN_DEPTH_MM = 222;

    private final Exhibitors exhibitors;
    private final Actors actors;
    private final PlanSvg svg;
    private final PdfDocuments pdfs;
    private final MessageSource messages;

    PlanViews(Exhibitors exhibitors, Actors actors, PlanSvg svg, PdfDocuments pdfs, MessageSource messages) {
        this.exhibitors = exhibitors;
        this.actors = actors;
        this.svg = svg;
        this.pdfs = pdfs;
        this.messages = messages;
    }

    /** One line of "who is where": an exhibitor and its stand (null before it is placed). */
    record WhoLine(
            UUID actorId,
            String name,
            String nameLang,
            String valueChain,
            String sector,
            String sectorName,
            @Nullable String code,
            @Nullable String zone,
            boolean chosen) {}

    record SectorOption(String code, String name) {}

    static boolean published(Edition edition) {
        return edition.status().compareTo(EditionStatus.ALLOCATION) >= 0;
    }

    Map<UUID, Exhibitor> exhibitors(UUID editionId) {
        Map<UUID, Exhibitor> map = new LinkedHashMap<>();
        exhibitors.of(editionId).forEach(e -> map.put(e.actorId(), e));
        return map;
    }

    Map<String, LocalizedText> sectorNames() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        actors.valueChains().forEach(v -> names.putIfAbsent(v.sector(), v.sectorName()));
        return names;
    }

    Map<String, LocalizedText> valueChainNames() {
        Map<String, LocalizedText> names = new HashMap<>();
        actors.valueChains().forEach(v -> names.put(v.code(), v.name()));
        return names;
    }

    String svg(
            FloorPlan plan,
            Edition edition,
            Map<UUID, Exhibitor> shown,
            Locale locale,
            @Nullable String chosen,
            boolean links) {
        return svg.render(
                plan,
                new PlanSvg.Drawing(
                        locale,
                        messages.getMessage("plan.svg.title", new Object[] {edition.name(locale)}, locale),
                        shown,
                        sectorNames(),
                        chosen,
                        links));
    }

    /** The exhibitors with their stands, by name; filtered by words (name, stand, value chain) and sector. */
    List<WhoLine> who(
            FloorPlan plan,
            Map<UUID, Exhibitor> shown,
            Locale locale,
            @Nullable String words,
            @Nullable String sector,
            @Nullable String chosen) {
        Map<String, LocalizedText> chains = valueChainNames();
        Map<String, LocalizedText> sectors = sectorNames();
        Map<UUID, FloorPlan.Stand> standOf = new HashMap<>();
        plan.stands().stream().filter(s -> s.actorId() != null).forEach(s -> standOf.put(s.actorId(), s));
        String q = words == null ? "" : fold(words);
        List<WhoLine> lines = new ArrayList<>();
        for (Exhibitor e : shown.values()) {
            FloorPlan.Stand stand = standOf.get(e.actorId());
            String chain = chains.containsKey(e.valueChain())
                    ? chains.get(e.valueChain()).in(locale)
                    : e.valueChain();
            WhoLine line = new WhoLine(
                    e.actorId(),
                    e.name(locale),
                    e.name().languageIn(locale),
                    chain,
                    e.sector(),
                    sectors.containsKey(e.sector()) ? sectors.get(e.sector()).in(locale) : e.sector(),
                    stand == null ? null : stand.code(),
                    stand == null
                            ? null
                            : plan.zone(stand.zoneId()).map(z -> z.name(locale)).orElse(null),
                    stand != null && stand.code().equalsIgnoreCase(String.valueOf(chosen)));
            if (sector != null && !sector.isBlank() && !sector.equals(e.sector())) {
                continue;
            }
            if (!q.isEmpty()
                    && !fold(line.name()).contains(q)
                    && !fold(e.name(Locale.FRENCH)).contains(q)
                    && !fold(chain).contains(q)
                    && (line.code() == null || !fold(line.code()).contains(q))) {
                continue;
            }
            lines.add(line);
        }
        lines.sort(Comparator.comparing((WhoLine l) -> fold(l.name()))
                .thenComparing(l -> l.actorId().toString()));
        return lines;
    }

    List<SectorOption> sectorOptions(Map<UUID, Exhibitor> shown, Locale locale) {
        Map<String, LocalizedText> sectors = sectorNames();
        return shown.values().stream()
                .map(Exhibitor::sector)
                .distinct()
                .map(s -> new SectorOption(
                        s, sectors.containsKey(s) ? sectors.get(s).in(locale) : s))
                .sorted(Comparator.comparing(SectorOption::name))
                .toList();
    }

    /** The printable plan: A3 landscape, the plan drawn to scale in millimetres, then the exhibitors by stand. */
    byte[] pdf(FloorPlan plan, Edition edition, Map<UUID, Exhibitor> shown, Locale locale) {
        double scale = Math.min(PDF_PLAN_WIDTH_MM / plan.width(), PDF_PLAN_DEPTH_MM / plan.depth());
        List<Box> boxes = new ArrayList<>();
        for (FloorPlan.Zone z : plan.zones()) {
            boxes.add(box("zone", z.rect(), scale, z.kind().colour(), z.name(locale), null, false, false));
        }
        for (FloorPlan.Stand s : plan.stands()) {
            Exhibitor e = s.actorId() == null ? null : shown.get(s.actorId());
            String colour = e == null ? "#ffffff" : PlanSvg.SECTOR_COLOURS.getOrDefault(e.sector(), "#eceff1");
            String label = e == null
                    ? null
                    : PlanSvg.shortName(e.name(locale), s.rect().w() * scale, 1.6);
            boxes.add(box("stand", s.rect(), scale, colour, s.code(), label, s.electricity(), s.water()));
        }
        Map<String, LocalizedText> chains = valueChainNames();
        List<WhoLine> byStand = who(plan, shown, locale, null, null, null).stream()
                .filter(l -> l.code() != null)
                .sorted(Comparator.comparing(WhoLine::code))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("edition", edition);
        model.put("editionName", edition.name(locale));
        model.put("boxes", boxes);
        model.put("widthMm", PlanSvg.n(plan.width() * scale));
        model.put("depthMm", PlanSvg.n(plan.depth() * scale));
        model.put("plan", plan);
        model.put("lines", byStand);
        model.put("rtl", "ar".equals(locale.getLanguage()));
        model.put("chains", chains);
        model.put("width", PlanEditor.fmt(plan.width()));
        model.put("depth", PlanEditor.fmt(plan.depth()));
        model.put("scaleText", "1:" + Math.round(1000 / scale));
        model.put("sectors", sectorOptions(shown, locale));
        model.put("sectorColours", PlanSvg.SECTOR_COLOURS);
        model.put("electricityColour", PlanSvg.ELECTRICITY);
        model.put("waterColour", PlanSvg.WATER);
        model.put(
                "kinds",
                plan.zones().stream()
                        .map(FloorPlan.Zone::kind)
                        .distinct()
                        .sorted()
                        .toList());
        return pdfs.render("fairs/plan-pdf", model, locale);
    }

    /** A rectangle of the printed plan, in millimetres from the drawing's top-left corner. */
    record Box(
            String kind,
            String css,
            String colour,
            @Nullable String title,
            @Nullable String label,
            boolean arabic,
            boolean electricity,
            boolean water) {}

    private static Box box(
            String kind,
            Rect r,
            double scale,
            String colour,
            @Nullable String title,
            @Nullable String label,
            boolean electricity,
            boolean water) {
        String css = "left:" + PlanSvg.n(r.x() * scale) + "mm;top:" + PlanSvg.n(r.y() * scale) + "mm;width:"
                + PlanSvg.n(r.w() * scale) + "mm;height:" + PlanSvg.n(r.h() * scale) + "mm;background-color:"
                + colour + ";";
        boolean arabic = label != null && PlanSvg.isArabic(label) || title != null && PlanSvg.isArabic(title);
        return new Box(kind, css, colour, title, label, arabic, electricity, water);
    }

    static String fold(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .trim();
    }
}
