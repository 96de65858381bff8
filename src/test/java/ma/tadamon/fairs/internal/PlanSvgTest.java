package ma.tadamon.fairs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.platform.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class PlanSvgTest {

    static final UUID EDITION = UUID.randomUUID();
    static final UUID ZONE = UUID.randomUUID();

    final PlanSvg svg = new PlanSvg(new StaticMessageSource());

    @Test
    void drawsToScaleWithATitleADescriptionAndEscapedNames() {
        Exhibitor exhibitor = SectorGroupedPlacementTest.exhibitor("argan", "AGRIFOOD", "ARGAN");
        Exhibitor named = new Exhibitor(
                exhibitor.editionId(),
                exhibitor.actorId(),
                new LocalizedText(null, "Coop <Tifawin> & Co", null),
                "ARGAN",
                "AGRIFOOD",
                1L,
                null,
                false,
                false,
                exhibitor.areaM2(),
                false,
                false,
                null,
                exhibitor.locationId());
        String drawn =
                svg.render(plan(exhibitor.actorId()), drawing(Locale.FRENCH, Map.of(named.actorId(), named), "A-02"));

        assertThat(drawn)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("viewBox=\"-4 -4 48 ")
                .contains("<title id=\"plan-title\">Plan &lt;test&gt;</title>", "<desc id=\"plan-desc\">")
                .contains("<title>A-01 — Coop &lt;Tifawin&gt; &amp; Co</title>")
                .contains("class=\"plan-stand is-chosen is-free\"")
                .contains("fill=\"" + PlanSvg.SECTOR_COLOURS.get("AGRIFOOD") + "\"")
                .doesNotContain("style=");
    }

    @Test
    void setsArabicTextRightToLeft() {
        String drawn = svg.render(plan(null), drawing(new Locale("ar"), Map.of(), null));

        assertThat(drawn).contains("direction=\"rtl\" xml:lang=\"ar\">فضاء العرض والبيع</text>");
    }

    @Test
    void shortensNamesToTheStandWithoutTheirLegalForm() {
        assertThat(PlanSvg.shortName("Coopérative Tifawin", 3, 0.5)).isEqualTo("Tifawin");
        assertThat(PlanSvg.shortName("تعاونية الأمل للعسل", 3, 0.5)).startsWith("الأمل");
        assertThat(PlanSvg.shortName("Association Tafoukt du tourisme solidaire", 3, 0.5))
                .endsWith("…")
                .hasSizeLessThanOrEqualTo(10);
    }

    private static PlanSvg.Drawing drawing(Locale locale, Map<UUID, Exhibitor> shown, String chosen) {
        return new PlanSvg.Drawing(locale, "Plan <test>", shown, Map.of(), chosen, true);
    }

    private static FloorPlan plan(UUID actor) {
        return new FloorPlan(
                EDITION,
                40,
                30,
                List.of(new FloorPlan.Zone(ZONE, ZoneKind.SALES, ZoneKind.SALES.defaultName(), new Rect(0, 0, 30, 25))),
                List.of(
                        new FloorPlan.Stand(
                                UUID.randomUUID(), "A-01", new Rect(3, 3, 3, 3), true, false, ZONE, actor, false),
                        new FloorPlan.Stand(
                                UUID.randomUUID(), "A-02", new Rect(6, 3, 3, 3), false, true, ZONE, null, false)));
    }
}
