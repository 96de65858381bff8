package ma.tadamon.observatory;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.platform.web.BaseUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The open-data catalogue: every public indicator with its definition, licence, last update and
 * downloads, as a page and as machine-readable catalogues (plain JSON, and DCAT-AP in JSON-LD).
 */
@Controller
class DataCatalogueController {

    /** The national figure by region: the catalogue's download of each dataset. */
    static final String BY_REGION = "level=REGION";

    private static final List<String> LANGUAGES = List.of("ar", "fr", "en");

    private final Indicators indicators;
    private final DimensionLabels labels;
    private final BaseUrl baseUrl;
    private final String licence;
    private final String licenceUrl;

    DataCatalogueController(
            Indicators indicators,
            DimensionLabels labels,
            BaseUrl baseUrl,
            @Value("${tadamon.observatory.licence:CC-BY-4.0}") String licence,
            @Value("${tadamon.observatory.licence-url:https://creativecommons.org/licenses/by/4.0/}")
                    String licenceUrl) {
        this.indicators = indicators;
        this.labels = labels;
        this.baseUrl = baseUrl;
        this.licence = licence;
        this.licenceUrl = licenceUrl;
    }

    record Entry(
            IndicatorDefinition indicator,
            List<String> dimensions,
            @Nullable Instant lastUpdated,
            String dataUrl) {}

    @GetMapping("/observatory/data")
    String catalogue(Locale locale, Model model) {
        model.addAttribute(
                "entries",
                indicators.all(false).stream()
                        .map(d -> new Entry(
                                d,
                                d.dimensions().stream()
                                        .map(dim -> labels.name(dim, locale))
                                        .toList(),
                                indicators.lastUpdated(d).orElse(null),
                                dataUrl(d)))
                        .toList());
        model.addAttribute("licence", licence);
        model.addAttribute("licenceUrl", licenceUrl);
        return "observatory/data";
    }

    /** A plain JSON catalogue, one object per dataset. */
    @GetMapping(value = "/observatory/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
        String base = baseUrl.of(request);
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (IndicatorDefinition d : indicators.all(false)) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("identifier", d.code());
            dataset.put("title", texts(d.name()));
            dataset.put("description", texts(d.definition()));
            dataset.put("unit", d.unit().name());
            dataset.put(
                    "dimensions",
                    d.dimensions().stream().map(Dimension::parameter).toList());
            dataset.put("periodic", d.periodic());
            dataset.put("finestLevel", d.finestLevel());
            dataset.put("source", d.source());
            dataset.put("license", licence);
            dataset.put("licenseUrl", licenceUrl);
            dataset.put(
                    "modified", indicators.lastUpdated(d).map(Instant::toString).orElse(null));
            dataset.put("landingPage", base + "/observatory/indicators/" + d.code());
            List<Map<String, String>> distributions = new ArrayList<>();
            for (Format format : Format.values()) {
                distributions.add(Map.of(
                        "format", format.name(), "mediaType", format.mediaType, "downloadURL", base + format.url(d)));
            }
            dataset.put("distribution", distributions);
            datasets.add(dataset);
        }
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("title", "Tadamon");
        catalogue.put("homepage", base + "/observatory/data");
        catalogue.put("apiDocumentation", base + "/api/docs/ui.html");
        catalogue.put("license", licence);
        catalogue.put("dataset", datasets);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(catalogue);
    }

    /** The same catalogue in DCAT-AP, as JSON-LD. */
    @GetMapping(value = "/observatory/data.jsonld", produces = "application/ld+json")
    ResponseEntity<Map<String, Object>> jsonLd(HttpServletRequest request) {
        String base = baseUrl.of(request);
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (IndicatorDefinition d : indicators.all(false)) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("@id", base + "/observatory/indicators/" + d.code());
            dataset.put("@type", "dcat:Dataset");
            dataset.put("dct:identifier", d.code());
            dataset.put("dct:title", languageValues(d.name()));
            dataset.put("dct:description", languageValues(d.definition()));
            dataset.put("dct:license", Map.of("@id", licenceUrl));
            indicators
                    .lastUpdated(d)
                    .ifPresent(at ->
                            dataset.put("dct:modified", Map.of("@value", at.toString(), "@type", "xsd:dateTime")));
            dataset.put("dcat:landingPage", Map.of("@id", base + "/observatory/indicators/" + d.code()));
            dataset.put("dcat:keyword", List.of(d.source()));
            List<Map<String, Object>> distributions = new ArrayList<>();
            for (Format format : Format.values()) {
                Map<String, Object> distribution = new LinkedHashMap<>();
                distribution.put("@type", "dcat:Distribution");
                distribution.put("dcat:accessURL", Map.of("@id", base + "/api/v1/indicators/" + d.code()));
                distribution.put("dcat:downloadURL", Map.of("@id", base + format.url(d)));
                distribution.put("dcat:mediaType", format.mediaType);
                distribution.put("dct:license", Map.of("@id", licenceUrl));
                distributions.add(distribution);
            }
            dataset.put("dcat:distribution", distributions);
            datasets.add(dataset);
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", context);
        catalogue.put("@id", base + "/observatory/data.jsonld");
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", "Tadamon");
        catalogue.put("dct:license", Map.of("@id", licenceUrl));
        catalogue.put("foaf:homepage", Map.of("@id", base + "/observatory/data"));
        catalogue.put("dcat:dataset", datasets);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/ld+json"))
                .body(catalogue);
    }

    enum Format {
        JSON("application/json", ""),
        CSV("text/csv", "&format=csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "&format=xlsx");

        final String mediaType;
        final String suffix;

        Format(String mediaType, String suffix) {
            this.mediaType = mediaType;
            this.suffix = suffix;
        }

        String url(IndicatorDefinition d) {
            return "/api/v1/indicators/" + d.code() + "/data?" + BY_REGION + suffix;
        }
    }

    private static String dataUrl(IndicatorDefinition d) {
        return "/api/v1/indicators/" + d.code() + "/data?" + BY_REGION;
    }

    private static Map<String, String> texts(LocalizedText text) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            if (text.languageIn(locale).equals(language)) {
                texts.put(language, text.in(locale));
            }
        }
        return texts;
    }

    private static List<Map<String, String>> languageValues(LocalizedText text) {
        List<Map<String, String>> values = new ArrayList<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            // A missing translation falls back to another language: listed once, under its own tag.
            if (text.languageIn(locale).equals(language)) {
                values.add(Map.of("@language", language, "@value", text.in(locale)));
            }
        }
        return values;
    }
}
