package ma.tadamon.observatory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ma.tadamon.geo.Territory;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reference totals: analysts read them, administrators add, correct and remove them. */
@Controller
class ReferenceTotalsController {

    private final ReferenceTotals references;
    private final Indicators indicators;
    private final MessageSource messages;

    ReferenceTotalsController(ReferenceTotals references, Indicators indicators, MessageSource messages) {
        this.references = references;
        this.indicators = indicators;
        this.messages = messages;
    }

    record Line(
            ReferenceTotals.Reference reference, @Nullable Territory territory) {}

    @ModelAttribute
    void onlyAnalysts(@AuthenticationPrincipal @Nullable SignedInUser me, Model model) {
        AnalysisController.requireAnalyst(me);
        model.addAttribute("canEdit", me.hasRole(Roles.ADMIN));
    }

    /** The list; {@code measure}, {@code territory} and {@code year} fill the form to correct one. */
    @GetMapping("/observatory/analysis/references")
    String list(
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(required = false) @Nullable String territory,
            @RequestParam(required = false) @Nullable String year,
            Locale locale,
            Model model) {
        ReferenceForm form = ReferenceForm.empty();
        if (measure != null && territory != null && year != null) {
            form = indicators
                    .territories()
                    .byCode(territory)
                    .flatMap(t -> references.all().stream()
                            .filter(r -> r.measure().equals(measure)
                                    && r.territoryId() == t.id()
                                    && Integer.toString(r.year()).equals(year))
                            .findFirst()
                            .map(r -> new ReferenceForm(
                                    r.measure(), t.code(), year, r.value().toPlainString(), r.source())))
                    .orElse(form);
        }
        return page(model, form, Map.of(), locale);
    }

    @PostMapping("/observatory/analysis/references")
    String save(
            @AuthenticationPrincipal @Nullable SignedInUser me,
            ReferenceForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        AnalysisController.requireAdmin(me);
        Map<String, ReferenceForm.Problem> problems = form.problems(
                measures(),
                indicators.territories(),
                LocalDate.now(RollupListener.MOROCCO).getYear());
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form, problems, locale);
        }
        references.save(form.reference(indicators.territories()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/observatory/analysis/references";
    }

    @PostMapping("/observatory/analysis/references/delete")
    String delete(
            @AuthenticationPrincipal @Nullable SignedInUser me,
            @RequestParam String measure,
            @RequestParam String territory,
            @RequestParam int year,
            RedirectAttributes redirect) {
        AnalysisController.requireAdmin(me);
        indicators.territories().byCode(territory).ifPresent(t -> references.delete(measure, t.id(), year));
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/observatory/analysis/references";
    }

    private String page(Model model, ReferenceForm form, Map<String, ReferenceForm.Problem> problems, Locale locale) {
        TerritoryTree tree = indicators.territories();
        model.addAttribute(
                "lines",
                references.all().stream()
                        .map(r -> new Line(r, tree.byId(r.territoryId()).orElse(null)))
                        .toList());
        model.addAttribute("form", form);
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, p) -> errors.put(field, messages.getMessage(p.key(), p.args(), locale)));
        model.addAttribute("errors", errors);
        model.addAttribute("measures", measures());
        return "observatory/references";
    }

    /** The measures some indicator compares itself with. */
    private List<String> measures() {
        return indicators.all(true).stream()
                .map(IndicatorDefinition::coverageMeasure)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
