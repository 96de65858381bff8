package ma.tadamon.observatory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.export.Downloads;
import ma.tadamon.platform.jobs.JobView;
import ma.tadamon.platform.jobs.Jobs;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The yearly reports: anyone chooses a territory, a year and Arabic or French, watches the
 * report being generated, and downloads it. A report generated in the last hour is served again;
 * one being generated is not started twice.
 */
@Controller
class YearlyReportController {

    private final YearlyReport reports;
    private final Indicators indicators;
    private final Jobs jobs;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Map<String, UUID> running = new ConcurrentHashMap<>();

    YearlyReportController(
            YearlyReport reports, Indicators indicators, Jobs jobs, tools.jackson.databind.json.JsonMapper json) {
        this.reports = reports;
        this.json = json;
        this.indicators = indicators;
        this.jobs = jobs;
    }

    @GetMapping("/observatory/reports")
    String choose(Model model) {
        TerritoryTree tree = indicators.territories();
        List<Territory> territories = new ArrayList<>();
        territories.add(tree.country());
        territories.addAll(tree.within(tree.country(), TerritoryLevel.REGION));
        model.addAttribute("territories", territories);
        model.addAttribute("years", years());
        return "observatory/reports";
    }

    private static List<Integer> years() {
        int now = LocalDate.now(RollupListener.MOROCCO).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y > now - 6; y--) {
            years.add(y);
        }
        return years;
    }

    @PostMapping("/observatory/reports")
    String generate(
            @RequestParam(defaultValue = "") String territory,
            @RequestParam(defaultValue = "0") int year,
            @RequestParam(defaultValue = "ar") String language,
            @AuthenticationPrincipal @Nullable SignedInUser me) {
        Territory t = indicators.territory(territory);
        int y = years().contains(year) ? year : years().get(0);
        String lang = "fr".equals(language) ? "fr" : "ar";
        var recent = reports.recent(t.id(), y, lang);
        if (recent.isPresent()) {
            return "redirect:/observatory/reports/files/" + recent.get().id();
        }
        String key = t.id() + "/" + y + "/" + lang;
        UUID job = running.compute(key, (k, current) -> {
            if (current != null && jobs.find(current).map(JobView::running).orElse(false)) {
                return current;
            }
            return jobs.start(
                    YearlyReport.JOB,
                    me == null ? null : me.accountId(),
                    progress -> reports.generate(t, y, Locale.forLanguageTag(lang), progress));
        });
        return "redirect:/observatory/reports/jobs/" + job;
    }

    @GetMapping("/observatory/reports/jobs/{id}")
    String job(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        JobView job = jobs.find(id)
                .filter(j -> j.kind().equals(YearlyReport.JOB))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        model.addAttribute("job", job);
        model.addAttribute("steps", YearlyReport.STEPS);
        reportOf(job).flatMap(reports::stored).ifPresent(r -> {
            model.addAttribute("report", r);
            model.addAttribute(
                    "reportTerritory",
                    indicators.territories().byId(r.territoryId()).orElse(null));
        });
        return htmx != null ? "observatory/report-job :: progress" : "observatory/report-job";
    }

    /** A finished job's result names the report it stored. */
    private java.util.Optional<UUID> reportOf(JobView job) {
        if (job.running() || job.result() == null) {
            return java.util.Optional.empty();
        }
        var node = json.readTree(job.result()).path("report");
        return node.isString() ? java.util.Optional.of(UUID.fromString(node.asString())) : java.util.Optional.empty();
    }

    @GetMapping("/observatory/reports/files/{id}")
    String file(@PathVariable UUID id, Model model) {
        YearlyReport.Stored report = reports.stored(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        model.addAttribute("report", report);
        model.addAttribute(
                "reportTerritory",
                indicators.territories().byId(report.territoryId()).orElse(null));
        return "observatory/report-file";
    }

    @GetMapping("/observatory/reports/files/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        YearlyReport.Stored report = reports.stored(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        byte[] pdf = reports.pdf(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        String code = indicators
                .territories()
                .byId(report.territoryId())
                .map(Territory::code)
                .orElse("MA");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        Downloads.contentDisposition(
                                "tadamon-observatory-" + code + "-" + report.year() + "-" + report.language() + ".pdf"))
                .body(pdf);
    }
}
