package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Application;
import ma.tadamon.fairs.ApplicationStatus;
import ma.tadamon.fairs.Applications;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.fairs.ScoreCriterion;
import ma.tadamon.fairs.ScoreGrid;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's side of the call: applications with their scores, the proposed selection, its confirmation. */
@Controller
class CallController {

    private final Editions editions;
    private final Applications applications;
    private final ScoreGrid grid;
    private final FairsAccess access;
    private final Actors actors;
    private final ma.tadamon.catalog.Products products;

    CallController(
            Editions editions,
            Applications applications,
            ScoreGrid grid,
            FairsAccess access,
            Actors actors,
            ma.tadamon.catalog.Products products) {
        this.products = products;
        this.editions = editions;
        this.applications = applications;
        this.grid = grid;
        this.access = access;
        this.actors = actors;
    }

    @GetMapping("/organise/fairs/{id}/applications")
    String list(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable ApplicationStatus status,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable Boolean womenLed,
            @RequestParam(required = false) @Nullable Boolean youthLed,
            @RequestParam(required = false) @Nullable Boolean otherRegion,
            Model model) {
        Edition edition = organised(id);
        var filter = new Applications.Filter(status, sector, womenLed, youthLed, otherRegion);
        model.addAttribute("edition", edition);
        model.addAttribute("filter", filter);
        var list = applications.ofEdition(id, filter);
        model.addAttribute("applications", list);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<UUID, String> productNames = new java.util.HashMap<>();
        list.stream()
                .flatMap(a -> a.products().stream())
                .distinct()
                .forEach(p -> products.find(p).ifPresent(found -> productNames.put(p, found.name(locale))));
        model.addAttribute("productNames", productNames);
        model.addAttribute("criteria", grid.criteria(id));
        model.addAttribute("statuses", ApplicationStatus.values());
        Map<String, ma.tadamon.platform.LocalizedText> sectors = new java.util.LinkedHashMap<>();
        actors.valueChains().forEach(v -> sectors.putIfAbsent(v.sector(), v.sectorName()));
        model.addAttribute("sectors", sectors);
        return "fairs/organise-applications";
    }

    /** The applications as a spreadsheet (UTF-8 CSV), with each criterion's points. */
    @GetMapping(value = "/organise/fairs/{id}/applications.csv", produces = "text/csv;charset=UTF-8")
    org.springframework.http.ResponseEntity<String> csv(@PathVariable UUID id) {
        Edition edition = organised(id);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var criteria = grid.criteria(id);
        StringBuilder out = new StringBuilder("\uFEFF");
        java.util.List<String> header = new java.util.ArrayList<>(java.util.List.of(
                "actor_id",
                "name",
                "value_chain",
                "sector",
                "women_led",
                "youth_led",
                "other_region",
                "area_m2",
                "electricity",
                "water",
                "status",
                "waitlist_rank",
                "score"));
        criteria.forEach(c -> header.add(c.code()));
        line(out, header);
        for (Application a : applications.ofEdition(id, Applications.Filter.ALL)) {
            java.util.List<String> row = new java.util.ArrayList<>(java.util.List.of(
                    a.actorId().toString(),
                    a.actorName(locale),
                    a.valueChain(),
                    a.sector(),
                    String.valueOf(a.womenLed()),
                    String.valueOf(a.youthLed()),
                    String.valueOf(a.otherRegion()),
                    a.areaM2().toPlainString(),
                    String.valueOf(a.electricity()),
                    String.valueOf(a.water()),
                    a.status().name(),
                    a.waitlistRank() == null ? "" : a.waitlistRank().toString(),
                    a.score() == null ? "" : a.score().toPlainString()));
            criteria.forEach(c -> row.add(
                    a.pointsFor(c.code()) == null ? "" : a.pointsFor(c.code()).toString()));
            line(out, row);
        }
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"applications-" + edition.slug() + ".csv\"")
                .body(out.toString());
    }

    private static void line(StringBuilder out, java.util.List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            // Quoted, and a leading formula character neutralised, so a spreadsheet never runs a cell.
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            out.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(cell.replace("\"", "\"\""))
                    .append('"');
        }
        out.append("\r\n");
    }

    /** Points on the grid for one application; answers its new total (htmx) or the list again. */
    @PostMapping("/organise/fairs/{id}/applications/{applicationId}/scores")
    String score(
            @PathVariable UUID id,
            @PathVariable UUID applicationId,
            @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        Edition edition = organised(id);
        Application application = ofEdition(edition, applicationId);
        try {
            for (ScoreCriterion c : grid.criteria(id)) {
                String value = params.get("s." + c.code());
                if (value != null && !value.isBlank()) {
                    int points;
                    try {
                        points = Integer.parseInt(value.trim());
                    } catch (NumberFormatException e) {
                        throw new InvalidRequestException("points", "fairs.score.points", c.maxPoints());
                    }
                    grid.score(application.id(), c.code(), points);
                }
            }
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e);
            redirect.addFlashAttribute("error", e);
        }
        if (htmx != null) {
            model.addAttribute("a", applications.get(applicationId));
            return "fairs/organise-applications :: total";
        }
        return "redirect:/organise/fairs/" + id + "/applications";
    }

    @PostMapping("/organise/fairs/{id}/grid")
    String criterion(
            @PathVariable UUID id,
            @RequestParam String code,
            @RequestParam BigDecimal weight,
            @RequestParam int maxPoints,
            RedirectAttributes redirect) {
        organised(id);
        try {
            grid.updateCriterion(id, code, weight, maxPoints);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/organise/fairs/" + id + "/applications#grid";
    }

    @GetMapping("/organise/fairs/{id}/selection")
    String selection(@PathVariable UUID id, Model model) {
        Edition edition = organised(id);
        model.addAttribute("edition", edition);
        model.addAttribute("proposal", applications.proposal(id));
        Map<String, ma.tadamon.platform.LocalizedText> sectors = new java.util.LinkedHashMap<>();
        actors.valueChains().forEach(v -> sectors.putIfAbsent(v.sector(), v.sectorName()));
        model.addAttribute("sectors", sectors);
        return "fairs/organise-selection";
    }

    @PostMapping("/organise/fairs/{id}/applications/{applicationId}/override")
    String override(
            @PathVariable UUID id,
            @PathVariable UUID applicationId,
            @RequestParam(required = false) @Nullable String decision,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        Edition edition = organised(id);
        ofEdition(edition, applicationId);
        try {
            applications.override(
                    applicationId, decision == null || decision.isBlank() ? null : decision(decision), note);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute("errorFor", applicationId);
        }
        return "redirect:/organise/fairs/" + id + "/selection#a-" + applicationId;
    }

    @PostMapping("/organise/fairs/{id}/selection/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        organised(id);
        try {
            redirect.addFlashAttribute("confirmed", applications.confirm(id));
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/organise/fairs/" + id + "/selection";
    }

    private Application ofEdition(Edition edition, UUID applicationId) {
        Application application = applications.get(applicationId);
        if (!application.editionId().equals(edition.id())) {
            throw new NotFoundException("fairs.application.notFound");
        }
        return application;
    }

    private Edition organised(UUID id) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        return edition;
    }

    /** A decision from the form; anything but a known status is the user's mistake, said in their language. */
    private static ApplicationStatus decision(String value) {
        try {
            return ApplicationStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("decision", "fairs.decision.unknown");
        }
    }
}
