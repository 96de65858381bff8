package ma.tadamon.platform.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import ma.tadamon.platform.charts.SvgCharts.Options;
import ma.tadamon.platform.charts.SvgCharts.Series;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {

    static final Options LTR = Options.of(600, 300);
    static final Options RTL = LTR.withRtl(true);

    @Test
    void everyChartIsWellFormedSvgWithATitle() throws Exception {
        List<String> months = List.of("2026-01", "2026-02", "2026-03");
        List<Series> two = List.of(Series.of("2025", 10, 20, 30), Series.of("2026", 15, null, 5));
        for (String svg : List.of(
                SvgCharts.verticalBars("Ventes", months, two, LTR),
                SvgCharts.verticalBars("Ventes", months, two, RTL.withStacked(true)),
                SvgCharts.horizontalBars("Ventes", months, two, RTL),
                SvgCharts.lines("Ventes", months, two, LTR),
                SvgCharts.donut("Ventes", months, List.of(1, 2, 3), RTL))) {
            Document doc = parse(svg);
            Element root = doc.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            Element title = (Element) root.getElementsByTagName("title").item(0);
            assertThat(title.getTextContent()).isEqualTo("Ventes");
            assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        }
    }

    @Test
    void barHeightsAreProportionalToValuesFromAZeroBaseline() throws Exception {
        Document doc = parse(SvgCharts.verticalBars(
                "Chiffre d’affaires",
                List.of("a", "b", "c"),
                List.of(Series.of(
                        "MAD", List.of(new BigDecimal("100"), new BigDecimal("250.5"), new BigDecimal("50")))),
                LTR));
        List<Element> bars = byClass(doc, "bar");
        assertThat(bars).hasSize(3);
        double unit = height(bars.get(0)) / 100;
        assertThat(height(bars.get(1))).isCloseTo(250.5 * unit, within(0.3));
        assertThat(height(bars.get(2))).isCloseTo(50 * unit, within(0.3));
        double baseline = num(byClass(doc, "baseline").get(0), "y1");
        for (Element bar : bars) {
            assertThat(num(bar, "y") + height(bar)).isCloseTo(baseline, within(0.2));
        }
        // Round ticks (a step of 1, 2 or 5 × 10ⁿ) up past the largest value.
        assertThat(byClass(doc, "tick").stream().map(Element::getTextContent))
                .containsExactly("0", "100", "200", "300");
    }

    @Test
    void negativeValuesHangBelowTheBaseline() throws Exception {
        Document doc = parse(
                SvgCharts.verticalBars("Net", List.of("ventes", "retours"), List.of(Series.of("MAD", 300, -100)), LTR));
        List<Element> bars = byClass(doc, "bar");
        double baseline = num(byClass(doc, "baseline").get(0), "y1");
        assertThat(num(bars.get(0), "y") + height(bars.get(0))).isCloseTo(baseline, within(0.2));
        assertThat(num(bars.get(1), "y")).isCloseTo(baseline, within(0.2));
        assertThat(height(bars.get(1)) * 3).isCloseTo(height(bars.get(0)), within(0.5));
        assertThat(byClass(doc, "tick").get(0).getTextContent()).isEqualTo("-100");
    }

    @Test
    void stackedBarsPileUpAndGroupedBarsStandSideBySide() throws Exception {
        List<Series> two = List.of(Series.of("femmes", 30), Series.of("hommes", 10));
        List<Element> stacked =
                byClass(parse(SvgCharts.verticalBars("x", List.of("a"), two, LTR.withStacked(true))), "bar");
        assertThat(num(stacked.get(0), "x")).isEqualTo(num(stacked.get(1), "x"));
        assertThat(num(stacked.get(1), "y") + height(stacked.get(1))).isCloseTo(num(stacked.get(0), "y"), within(0.2));
        List<Element> grouped = byClass(parse(SvgCharts.verticalBars("x", List.of("a"), two, LTR)), "bar");
        assertThat(num(grouped.get(1), "x")).isGreaterThan(num(grouped.get(0), "x"));
    }

    @Test
    void rightToLeftRunsCategoriesFromTheRightAndMirrorsAnchors() throws Exception {
        List<String> categories = List.of("فاس", "مكناس", "تازة");
        Series series = Series.of("2026", 1, 2, 3);
        Document ltr = parse(SvgCharts.verticalBars("x", categories, List.of(series), LTR));
        Document rtl = parse(SvgCharts.verticalBars("x", categories, List.of(series), RTL));
        // Anchors are physical (Batik ignores direction when anchoring), so an RTL page's direction is not inherited.
        assertThat(rtl.getDocumentElement().getAttribute("direction")).isEqualTo("ltr");
        List<Element> ltrBars = byClass(ltr, "bar");
        List<Element> rtlBars = byClass(rtl, "bar");
        assertThat(num(ltrBars.get(0), "x")).isLessThan(num(ltrBars.get(2), "x"));
        assertThat(num(rtlBars.get(0), "x")).isGreaterThan(num(rtlBars.get(2), "x"));
        // The value labels move to the right side, their anchor mirrored: right edge on the left, left edge on the
        // right.
        Element ltrTick = byClass(ltr, "tick").get(0);
        Element rtlTick = byClass(rtl, "tick").get(0);
        assertThat(num(ltrTick, "x")).isLessThan(num(ltrBars.get(0), "x"));
        assertThat(num(rtlTick, "x")).isGreaterThan(num(rtlBars.get(0), "x") + num(rtlBars.get(0), "width"));
        assertThat(ltrTick.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(rtlTick.getAttribute("text-anchor")).isEqualTo("start");

        Document rows = parse(SvgCharts.horizontalBars("x", categories, List.of(series), RTL));
        Element label = byClass(rows, "category").get(0);
        Element bar = byClass(rows, "bar").get(0);
        assertThat(num(label, "x")).isGreaterThan(num(bar, "x") + num(bar, "width"));
        assertThat(label.getAttribute("text-anchor")).isEqualTo("start");
        assertThat(label.getTextContent()).isEqualTo("فاس");
        assertThat(label.getAttribute("font-family")).isEqualTo(SvgCharts.ARABIC_FONT_FAMILY);
        assertThat(byClass(rows, "tick").get(0).getAttribute("font-family")).isEqualTo(SvgCharts.FONT_FAMILY);
        Document ltrRows = parse(SvgCharts.horizontalBars("x", categories, List.of(series), LTR));
        assertThat(byClass(ltrRows, "category").get(0).getAttribute("text-anchor"))
                .isEqualTo("end");
    }

    @Test
    void horizontalBarsRankFromTheTopWithLengthsProportionalToValues() throws Exception {
        Document doc = parse(SvgCharts.horizontalBars(
                "x", List.of("Fès-Meknès", "Oriental"), List.of(Series.of("MAD", 400, 100)), LTR));
        List<Element> bars = byClass(doc, "bar");
        assertThat(num(bars.get(0), "y")).isLessThan(num(bars.get(1), "y"));
        assertThat(num(bars.get(0), "width")).isCloseTo(4 * num(bars.get(1), "width"), within(0.5));
    }

    @Test
    void escapesTextAndDropsCharactersXmlCannotHold() throws Exception {
        String name = "<script>alert('x')</script> & \"co\"\u0001";
        String svg = SvgCharts.verticalBars(name, List.of(name), List.of(Series.of(name, 1)), LTR);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"co\"");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void emptyDataDrawsTheEmptyText() throws Exception {
        Options options = LTR.withEmptyText("لا توجد بيانات");
        for (String svg : List.of(
                SvgCharts.verticalBars("x", List.of(), List.of(), options),
                SvgCharts.horizontalBars("x", List.of("a"), List.of(Series.of("s", (Number) null)), options),
                SvgCharts.lines("x", List.of("a"), List.of(), options),
                SvgCharts.donut("x", List.of("a", "b"), List.of(0, -3), options))) {
            Document doc = parse(svg);
            assertThat(byClass(doc, "empty"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.getTextContent()).isEqualTo("لا توجد بيانات"));
            assertThat(byClass(doc, "bar")).isEmpty();
        }
    }

    @Test
    void linesBreakAtMissingValuesAndUseTheNumberFormat() throws Exception {
        Options french = LTR.withFormat(NumberFormat.getIntegerInstance(Locale.FRANCE));
        Document doc = parse(SvgCharts.lines(
                "x", List.of("1", "2", "3", "4"), List.of(Series.of("s", 1000, 2000, null, 4000)), french));
        String d = byClass(doc, "line").get(0).getAttribute("d");
        assertThat(d.split("M", -1)).hasSize(3);
        assertThat(byClass(doc, "point")).hasSize(3);
        assertThat(byClass(doc, "tick").stream().map(Element::getTextContent)).contains("4\u202f000");
    }

    @Test
    void numbersLoseTheBidiMarksBatikWouldDrawAsMissingGlyphs() throws Exception {
        Options moroccan = Options.of(600, 300, Locale.forLanguageTag("ar-MA"));
        assertThat(moroccan.rtl()).isTrue();
        Document doc = parse(SvgCharts.verticalBars("x", List.of("a"), List.of(Series.of("s", -1500)), moroccan));
        assertThat(byClass(doc, "tick").get(0).getTextContent()).isEqualTo("-1.500");
    }

    @Test
    void donutSlicesShareTheCircleAndTheLegendGivesPercentages() throws Exception {
        Document doc = parse(SvgCharts.donut("x", List.of("femmes", "hommes"), List.of(75, 25), LTR));
        assertThat(byClass(doc, "slice")).hasSize(2);
        assertThat(byClass(doc, "legend-label").get(0).getTextContent()).isEqualTo("femmes — 75 (75 %)");
        Document whole = parse(SvgCharts.donut("x", List.of("seul"), List.of(5), LTR));
        assertThat(byClass(whole, "slice")).hasSize(1);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> byClass(Document doc, String className) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(className)) {
                found.add(e);
            }
        }
        return found;
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    static double height(Element bar) {
        return num(bar, "height");
    }
}
