package ma.tadamon.observatory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.platform.jobs.JobView;
import ma.tadamon.platform.jobs.Jobs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' view of the observatory: how fresh the rollups are, a rebuild on demand
 * (administrators), restricted indicators, and the explorer with two breakdowns at once. The
 * observatory's pages are public by pattern, so every handler here checks the role itself: the
 * anonymous are sent to sign in, the signed-in without the role get a 403.
 */
@Controller
class AnalysisController {

    private final Indicators indicators;
    private final Rollups rollups;
    private final Jobs jobs;
    private final ExplorerView view;

    AnalysisController(Indicators indicators, Rollups rollups, Jobs jobs, ExplorerView view) {
        this.indicators = indicators;
        this.rollups = rollups;
        this.jobs = jobs;
        this.view = view;
    }

    /** @throws AccessDeniedException unless an analyst or an administrator reads */
    static SignedInUser requireAnalyst(@Nullable SignedInUser me) {
        if (!IndicatorApi.analyst(me)) {
            throw new AccessDeniedException("Not an observatory analyst");
        }
        return me;
    }

    static SignedInUser requireAdmin(@Nullable SignedInUser me) {
        if (me == null || !me.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Not an administrator");
        }
        return me;
    }

    @ModelAttribute
    void onlyAnalysts(@AuthenticationPrincipal @Nullable SignedInUser me, Model model) {
        requireAnalyst(me);
        model.addAttribute("canRebuild", me.hasRole(Roles.ADMIN));
    }

    record Freshness(
            long saleDeltas,
            long actors,
            @Nullable Instant oldest,
            @Nullable Long lagSeconds,
            @Nullable Instant rebuilt,
            @Nullable Instant sales,
            @Nullable Instant registry) {}

    @GetMapping("/observatory/analysis")
    String analysis(Model model) {
        Rollups.Backlog backlog = rollups.backlog();
        model.addAttribute(
                "freshness",
                new Freshness(
                        backlog.saleDeltas(),
                        backlog.actors(),
                        backlog.oldest(),
                        backlog.oldest() == null
                                ? null
                                : Math.max(
                                        0,
                                        Duration.between(backlog.oldest(), Instant.now())
                                                .toSeconds()),
                        rollups.changed("rebuilt").orElse(null),
                        rollups.changed("sales").orElse(null),
                        rollups.changed("registry").orElse(null)));
        List<IndicatorDefinition> all = indicators.all(true);
        model.addAttribute("indicators", all);
        model.addAttribute(
                "restricted",
                all.stream().filter(IndicatorDefinition::restricted).toList());
        return "observatory/analysis";
    }

    @PostMapping("/observatory/analysis/rebuild")
    String rebuild(@AuthenticationPrincipal @Nullable SignedInUser me) {
        requireAdmin(me);
        UUID job = jobs.start(ObservatoryConfiguration.REBUILD_JOB, me.accountId(), rollups::rebuild);
        return "redirect:/observatory/analysis/rebuild/" + job;
    }

    @GetMapping("/observatory/analysis/rebuild/{id}")
    String rebuildJob(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        JobView job = jobs.find(id)
                .filter(j -> j.kind().equals(ObservatoryConfiguration.REBUILD_JOB))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        model.addAttribute("job", job);
        return htmx != null ? "observatory/rebuild-job :: progress" : "observatory/rebuild-job";
    }

    /** The indicator chosen in the analysis page's form. */
    @GetMapping("/observatory/analysis/indicators")
    String choose(@RequestParam String code) {
        IndicatorDefinition indicator = indicators.find(code, true);
        return "redirect:/observatory/analysis/indicators/" + indicator.code();
    }

    @GetMapping("/observatory/analysis/indicators/{code}")
    String crossTab(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> request,
            Locale locale,
            Model model) {
        IndicatorDefinition indicator = indicators.find(code, true);
        view.fill(model, indicator, ExplorerView.parameters(request), 2, true, locale);
        model.addAttribute("formAction", "/observatory/analysis/indicators/" + code);
        return "observatory/explorer";
    }
}
