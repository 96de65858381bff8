package ma.tadamon.observatory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public indicator explorer (one question, one breakdown) and the comparison of territories. */
@Controller
class ExplorerController {

    private final Indicators indicators;
    private final ExplorerView view;
    private final Comparisons comparisons;
    private final ObservatoryDownloads downloads;
    private final MessageSource messages;

    ExplorerController(
            Indicators indicators,
            ExplorerView view,
            Comparisons comparisons,
            ObservatoryDownloads downloads,
            MessageSource messages) {
        this.indicators = indicators;
        this.view = view;
        this.comparisons = comparisons;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/observatory/indicators/{code}")
    String explore(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> request,
            @AuthenticationPrincipal @Nullable SignedInUser me,
            Locale locale,
            Model model) {
        IndicatorDefinition indicator = indicators.find(code, IndicatorApi.analyst(me));
        view.fill(model, indicator, ExplorerView.parameters(request), 1, false, locale);
        model.addAttribute("formAction", "/observatory/indicators/" + code);
        return "observatory/explorer";
    }

    @GetMapping("/observatory/compare")
    String compare(
            @RequestParam(required = false) @Nullable String indicator,
            @RequestParam(name = "territory", required = false) @Nullable List<String> territories,
            @RequestParam(required = false) @Nullable String a,
            @RequestParam(required = false) @Nullable String b,
            @AuthenticationPrincipal @Nullable SignedInUser me,
            Locale locale,
            Model model) {
        boolean analyst = IndicatorApi.analyst(me);
        List<IndicatorDefinition> all = indicators.all(analyst);
        IndicatorDefinition chosen =
                indicator == null || indicator.isBlank() ? all.get(0) : indicators.find(indicator, analyst);
        int year = LocalDate.now(RollupListener.MOROCCO).getYear();
        String periodA = a == null ? Integer.toString(year - 1) : a;
        String periodB = b == null ? Integer.toString(year) : b;
        List<String> codes = new ArrayList<>(territories == null ? List.of() : territories);
        while (codes.size() < Comparisons.MAX_TERRITORIES) {
            codes.add("");
        }
        model.addAttribute("indicators", all);
        model.addAttribute("indicator", chosen);
        model.addAttribute("territoryCodes", codes);
        model.addAttribute("a", periodA);
        model.addAttribute("b", periodB);
        model.addAttribute("territoryOptions", view.territoryOptions(locale));
        if (territories != null) {
            try {
                Comparisons.Comparison comparison = comparisons.compare(chosen, codes, periodA, periodB);
                model.addAttribute("comparison", comparison);
                Map<String, String> question = new java.util.LinkedHashMap<>();
                question.put("indicator", chosen.code());
                if (chosen.periodic()) {
                    question.put("a", periodA);
                    question.put("b", periodB);
                }
                StringBuilder csv = new StringBuilder(ExplorerView.url("/observatory/compare.csv", question, Map.of()));
                comparison
                        .lines()
                        .forEach(l ->
                                csv.append("&territory=").append(l.territory().code()));
                model.addAttribute("csvUrl", csv.toString());
            } catch (InvalidRequestException e) {
                model.addAttribute("errorField", e.field());
                model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
            }
        }
        return "observatory/compare";
    }

    @GetMapping("/observatory/compare.csv")
    ResponseEntity<byte[]> compareCsv(
            @RequestParam String indicator,
            @RequestParam(name = "territory") List<String> territories,
            @RequestParam(required = false) @Nullable String a,
            @RequestParam(required = false) @Nullable String b,
            @AuthenticationPrincipal @Nullable SignedInUser me,
            Locale locale) {
        IndicatorDefinition chosen = indicators.find(indicator, IndicatorApi.analyst(me));
        Comparisons.Comparison comparison = comparisons.compare(chosen, territories, a, b);
        String name = "compare_" + chosen.code().replace('.', '-')
                + (chosen.periodic() ? "_" + comparison.a() + "_" + comparison.b() : "") + ".";
        return downloads.table(comparisons.table(comparison, locale), name, "csv");
    }
}
