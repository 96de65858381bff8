package ma.tadamon.fairs.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public floor plan of an edition: the plan with a searchable "who is where" list (the list
 * works without script and is the plan's accessible equivalent), the plan as SVG and as a
 * printable A3 PDF. An edition still being planned is seen by its organisers only.
 */
@Controller
class PlanPublicController {

    static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final Editions editions;
    private final PlanEditor plans;
    private final PlanViews views;
    private final FairsAccess access;

    PlanPublicController(Editions editions, PlanEditor plans, PlanViews views, FairsAccess access) {
        this.editions = editions;
        this.plans = plans;
        this.views = views;
        this.access = access;
    }

    @GetMapping("/fairs/{slug}/plan")
    String page(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String stand,
            Model model,
            Locale locale) {
        Edition edition = edition(slug);
        Optional<FloorPlan> plan = plans.find(edition.id());
        boolean published = PlanViews.published(edition);
        Map<UUID, Exhibitor> shown = published ? views.exhibitors(edition.id()) : Map.of();
        model.addAttribute("edition", edition);
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute("published", published);
        model.addAttribute("q", q);
        model.addAttribute("sector", sector);
        model.addAttribute("chosen", stand == null ? null : stand.trim().toUpperCase(Locale.ROOT));
        model.addAttribute("sectors", views.sectorOptions(shown, locale));
        if (plan.isPresent()) {
            String chosen = stand == null ? null : stand.trim().toUpperCase(Locale.ROOT);
            model.addAttribute("svg", views.svg(plan.get(), edition, shown, locale, chosen, true));
            model.addAttribute("lines", views.who(plan.get(), shown, locale, q, sector, chosen));
            FloorPlan.Stand chosenStand =
                    chosen == null ? null : plan.get().stand(chosen).orElse(null);
            model.addAttribute("chosenStand", chosenStand);
            Exhibitor there =
                    chosenStand == null || chosenStand.actorId() == null ? null : shown.get(chosenStand.actorId());
            model.addAttribute("chosenName", there == null ? null : there.name(locale));
            model.addAttribute(
                    "chosenZone",
                    chosen == null
                            ? null
                            : plan.get()
                                    .stand(chosen)
                                    .flatMap(s -> plan.get().zone(s.zoneId()))
                                    .map(z -> z.name(locale))
                                    .orElse(null));
        }
        return "fairs/plan-public";
    }

    @GetMapping("/fairs/{slug}/plan.svg")
    ResponseEntity<String> svg(
            @PathVariable String slug, @RequestParam(required = false) @Nullable String stand, Locale locale) {
        Edition edition = edition(slug);
        FloorPlan plan = plans.plan(edition.id());
        Map<UUID, Exhibitor> shown = PlanViews.published(edition) ? views.exhibitors(edition.id()) : Map.of();
        String body =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + views.svg(plan, edition, shown, locale, stand, false);
        return ResponseEntity.ok()
                .contentType(SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"plan-" + edition.slug() + ".svg\"")
                .body(body);
    }

    @GetMapping("/fairs/{slug}/plan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, Locale locale) {
        Edition edition = edition(slug);
        FloorPlan plan = plans.plan(edition.id());
        Map<UUID, Exhibitor> shown = PlanViews.published(edition) ? views.exhibitors(edition.id()) : Map.of();
        return pdfResponse(views.pdf(plan, edition, shown, locale), edition);
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, Edition edition) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"plan-" + edition.slug() + ".pdf\"")
                .body(pdf);
    }

    private Edition edition(String slug) {
        Edition edition = editions.findBySlug(slug).orElseThrow(() -> new NotFoundException("edition.notFound"));
        if (edition.status() == EditionStatus.PLANNED && !access.canOrganise(edition)) {
            throw new NotFoundException("edition.notFound");
        }
        return edition;
    }
}
