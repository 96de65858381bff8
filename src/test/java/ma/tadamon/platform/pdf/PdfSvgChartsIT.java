package ma.tadamon.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import ma.tadamon.platform.charts.SvgCharts;
import ma.tadamon.platform.charts.SvgCharts.Options;
import ma.tadamon.platform.charts.SvgCharts.Series;
import ma.tadamon.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An SvgCharts chart inside a PDF: Batik draws it, Arabic and French labels included, as vector
 * paths, and the HTML text around it still reads back.
 */
@IntegrationTest
class PdfSvgChartsIT {

    @Autowired
    PdfDocuments pdf;

    static final List<String> PROVINCES = List.of("فاس", "مكناس", "تازة", "صفرو");

    @Test
    void drawsInlineSvgChartsWithArabicAndFrenchLabelsAsVectorGraphics() throws Exception {
        String arabic = SvgCharts.verticalBars(
                "المبيعات حسب الإقليم",
                PROVINCES,
                List.of(
                        Series.of("2025", 1200, 800, 450, -150),
                        Series.of("2026", new BigDecimal("1500.5"), 950, null, 300)),
                Options.of(480, 240, Locale.forLanguageTag("ar-MA")));
        String french = SvgCharts.horizontalBars(
                "Ventes par filière",
                List.of("Huile d’argan", "Safran & plantes aromatiques", "Miel"),
                List.of(Series.of("MAD", 5400, 3100, 1200)),
                Options.of(480, 180, Locale.forLanguageTag("fr-MA")));
        String donut =
                SvgCharts.donut("Femmes et hommes", List.of("نساء", "Hommes"), List.of(62, 38), Options.of(320, 160));

        byte[] plain = pdf.renderHtml(page(""));
        byte[] charts = pdf.renderHtml(page(arabic + french + donut));
        Path out = Path.of("target", "pdf-svg-charts");
        Files.createDirectories(out);
        Files.write(out.resolve("charts.pdf"), charts);

        try (PDDocument withCharts = Loader.loadPDF(charts);
                PDDocument without = Loader.loadPDF(plain)) {
            assertThat(withCharts.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(withCharts);
            assertThat(text).contains("Rapport annuel");
            int paths = paintOperators(withCharts.getPage(0));
            int none = paintOperators(without.getPage(0));
            // Bars, grid lines, slices and glyph outlines: far more than the page without the charts.
            assertThat(paths).isGreaterThan(none + 50);
            BufferedImage image = new PDFRenderer(withCharts).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", out.resolve("charts.png").toFile());
            assertThat(colouredPixels(image, 0x0b, 0x6e, 0x4f)).isGreaterThan(500);
        }
    }

    static String page(String body) {
        return """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="UTF-8"/><title>t</title>
                <style>@page { size: A4; margin: 12mm; } body { font-family: 'Noto Sans', 'Noto Naskh Arabic'; }</style>
                </head><body><h1>Rapport annuel</h1><div>%s</div></body></html>
                """.formatted(body);
    }

    /** Path-painting and path-building operators on the page and in the forms it draws. */
    static int paintOperators(PDPage page) throws IOException {
        return count(page, page.getResources());
    }

    private static int count(PDContentStream stream, PDResources resources) throws IOException {
        int count = 0;
        for (Object token : new PDFStreamParser(stream).parse()) {
            if (token instanceof Operator operator
                    && List.of("re", "m", "l", "c", "f", "f*", "S", "B").contains(operator.getName())) {
                count++;
            }
        }
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDFormXObject form) {
                    count += count(form, form.getResources());
                }
            }
        }
        return count;
    }

    private static long colouredPixels(BufferedImage image, int r, int g, int b) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - r) < 12
                        && Math.abs(((rgb >> 8) & 0xff) - g) < 12
                        && Math.abs((rgb & 0xff) - b) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
