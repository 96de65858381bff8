package ma.tadamon.platform.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template (XHTML: every element closed) to a PDF. The template sees the same
 * message keys and beans ({@code @fmt}) as a page; the document's direction comes from its own
 * {@code dir} attribute, so one template can hold an Arabic half and a French half. An inline
 * {@code <svg>} (e.g. from {@code platform.charts.SvgCharts}) is drawn by Batik, scripts and
 * external resources refused; its text may name the same two font families, which Batik draws as
 * outlines (shaped, but not selectable or searchable in the PDF).
 */
@Service
public class PdfDocuments {

    /** The font families a PDF template may name in its CSS. */
    public static final String ARABIC_FONT = "Noto Naskh Arabic";

    public static final String LATIN_FONT = "Noto Sans";

    /**
     * Batik takes fonts only as files (openhtmltopdf 1.1.31 hands it no font given as a stream),
     * so the regular faces are copied out of the jar once, and again if the temp folder was cleaned.
     */
    private static final Map<String, Path> SVG_FONT_FILES = new ConcurrentHashMap<>();

    private final ITemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final ConversionService conversionService;

    PdfDocuments(
            ITemplateEngine templates, ApplicationContext applicationContext, ConversionService mvcConversionService) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.conversionService = mvcConversionService;
    }

    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        Context context = new Context(locale);
        model.forEach(context::setVariable);
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversionService));
        return renderHtml(templates.process(template, context));
    }

    public byte[] renderHtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        font(builder, ARABIC_FONT, "NotoNaskhArabic-Regular.ttf", 400);
        font(builder, ARABIC_FONT, "NotoNaskhArabic-Bold.ttf", 700);
        font(builder, LATIN_FONT, "NotoSans-Regular.ttf", 400);
        font(builder, LATIN_FONT, "NotoSans-Bold.ttf", 700);
        builder.useSVGDrawer(new BatikSVGDrawer());
        svgFont(builder, ARABIC_FONT, "NotoNaskhArabic-Regular.ttf");
        svgFont(builder, LATIN_FONT, "NotoSans-Regular.ttf");
        builder.withHtmlContent(xhtml, "classpath:/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String family, String file, int weight) {
        builder.useFont(
                () -> {
                    try {
                        InputStream in = new ClassPathResource("fonts/" + file).getInputStream();
                        return in;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                family,
                weight,
                FontStyle.NORMAL,
                true);
    }

    private static void svgFont(PdfRendererBuilder builder, String family, String file) {
        builder.useFont(svgFontFile(file), family, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG));
    }

    private static File svgFontFile(String file) {
        Path path = SVG_FONT_FILES.compute(file, (name, known) -> {
            if (known != null && Files.isReadable(known)) {
                return known;
            }
            try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
                Path copy = Files.createTempFile("tadamon-svg-font-", "-" + name);
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                copy.toFile().deleteOnExit();
                return copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return path.toFile();
    }
}
