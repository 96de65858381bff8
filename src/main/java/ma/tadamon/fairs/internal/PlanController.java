package ma.tadamon.fairs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.fairs.internal.PlanForms.ClearForm;
import ma.tadamon.fairs.internal.PlanForms.GenerateForm;
import ma.tadamon.fairs.internal.PlanForms.PlaceForm;
import ma.tadamon.fairs.internal.PlanForms.StandForm;
import ma.tadamon.fairs.internal.PlanForms.SwapForm;
import ma.tadamon.fairs.internal.PlanForms.VenueForm;
import ma.tadamon.fairs.internal.PlanForms.ZoneForm;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's floor plan: lay out a grid, place exhibitors by hand (place or move, swap,
 * clear) with a warning when a stand lacks what the exhibitor needs, preview the automatic
 * proposal on the plan and apply it, resize the venue, print. Zones and stands are edited on
 * their own pages ({@link PlanPartsController}). A closed edition's plan is read only.
 */
@Controller
@RequestMapping("/organise/fairs/{id}")
class PlanController {

    private final Editions editions;
    private final PlanEditor plans;
    private final PlanViews views;
    private final FairsAccess access;
    private final MessageSource messages;

    PlanController(Editions editions, PlanEditor plans, PlanViews views, FairsAccess access, MessageSource messages) {
        this.editions = editions;
        this.plans = plans;
        this.views = views;
        this.access = access;
        this.messages = messages;
    }

    /** One exhibitor as the organiser places it: its needs, its stand and what the stand lacks. */
    record PlacementLine(
            UUID actorId,
            String name,
            String nameLang,
            String sector,
            String valueChain,
            String area,
            boolean electricity,
            boolean water,
            @Nullable String code,
            boolean byHand,
            List<String> warnings) {}

    record UnmetLine(String name, @Nullable String code, String need) {}

    @GetMapping("/plan")
    String page(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean proposal,
            @RequestParam(defaultValue = "false") boolean redoAll,
            Model model,
            Locale locale) {
        Edition edition = edition(id);
        return render(edition, proposal, redoAll, model, locale);
    }

    @GetMapping("/plan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        Edition edition = edition(id);
        return PlanPublicController.pdfResponse(
                views.pdf(plans.plan(id), edition, views.exhibitors(id), locale), edition);
    }

    @PostMapping("/plan/generate")
    String generate(
            @PathVariable UUID id,
            @ModelAttribute("generateForm") GenerateForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        model.addAttribute("openGenerate", true);
        return change(editable(id), binding, model, locale, () -> {
            GridPlanGenerator.Layout layout = plans.generate(id, form.spec(), PlanForms.yes(form.replace()));
            redirect.addFlashAttribute(
                    "done",
                    layout.fits()
                            ? msg("plan.generated", locale, layout.stands().size())
                            : msg(
                                    "plan.generated.short",
                                    locale,
                                    layout.stands().size(),
                                    layout.requested()));
        });
    }

    @PostMapping("/plan/venue")
    String venue(
            @PathVariable UUID id,
            @ModelAttribute("venueForm") VenueForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return change(editable(id), binding, model, locale, () -> {
            plans.resize(id, form.width() == null ? 0 : form.width(), form.depth() == null ? 0 : form.depth());
            redirect.addFlashAttribute("done", msg("plan.saved", locale));
        });
    }

    @PostMapping("/plan/place")
    String place(
            @PathVariable UUID id,
            @ModelAttribute("placeForm") PlaceForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return change(editable(id), binding, model, locale, () -> {
            List<StandNeeds.Shortfall> missing = plans.place(id, form.actorOrThrow(), String.valueOf(form.standCode()));
            redirect.addFlashAttribute("done", msg("plan.placed", locale, form.standCode()));
            if (!missing.isEmpty()) {
                redirect.addFlashAttribute(
                        "warning",
                        missing.stream()
                                .map(s -> msg("plan.need." + s.name(), locale))
                                .reduce((a, b) -> a + " " + b)
                                .orElse(""));
            }
        });
    }

    @PostMapping("/plan/swap")
    String swap(
            @PathVariable UUID id,
            @ModelAttribute("swapForm") SwapForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return change(editable(id), binding, model, locale, () -> {
            plans.swap(id, String.valueOf(form.first()), String.valueOf(form.second()));
            redirect.addFlashAttribute("done", msg("plan.swapped", locale, form.first(), form.second()));
        });
    }

    @PostMapping("/plan/clear")
    String clear(
            @PathVariable UUID id,
            @ModelAttribute("clearForm") ClearForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return change(editable(id), binding, model, locale, () -> {
            plans.clear(id, String.valueOf(form.standCode()));
            redirect.addFlashAttribute("done", msg("plan.cleared", locale, form.standCode()));
        });
    }

    /**
     * A change to the plan from one of the page's forms: done, back to the plan; refused, the plan
     * again with the reason next to the form's fields (a stand taken meanwhile included).
     */
    private String change(Edition edition, BindingResult binding, Model model, Locale locale, Runnable change) {
        if (!binding.hasErrors()) {
            try {
                change.run();
                return redirect(edition.id());
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            } catch (DataIntegrityViolationException e) {
                binding.reject("plan.conflict");
            }
        }
        return render(edition, false, false, model, locale);
    }

    @PostMapping("/plan/apply")
    String apply(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean redoAll,
            @RequestParam(required = false) @Nullable String previewed,
            Locale locale,
            RedirectAttributes redirect) {
        editable(id);
        SectorGroupedPlacement.Proposal applied;
        try {
            applied = plans.apply(id, redoAll, previewed);
        } catch (InvalidRequestException e) {
            // The plan changed since the preview: show the proposal as it is now.
            redirect.addFlashAttribute("warning", msg(e.messageKey(), locale));
            return redirect(id) + "?proposal=true&redoAll=" + redoAll;
        } catch (DataIntegrityViolationException e) {
            // Someone placed an exhibitor while the proposal was being applied: nothing was changed.
            redirect.addFlashAttribute("warning", msg("plan.conflict", locale));
            return redirect(id);
        }
        redirect.addFlashAttribute(
                "done",
                msg(
                        "plan.applied",
                        locale,
                        applied.assignments().size(),
                        applied.unmet().size()));
        return redirect(id);
    }

    private String render(Edition edition, boolean proposal, boolean redoAll, Model model, Locale locale) {
        UUID id = edition.id();
        Optional<FloorPlan> found = plans.find(id);
        Map<UUID, Exhibitor> exhibitors = views.exhibitors(id);
        model.addAttribute("edition", edition);
        model.addAttribute("editable", edition.status() != EditionStatus.CLOSED);
        model.addAttribute("plan", found.orElse(null));
        model.addAttribute("kinds", ZoneKind.values());
        if (!model.containsAttribute("generateForm")) {
            model.addAttribute("generateForm", GenerateForm.of(edition, largeNeeded(exhibitors)));
        }
        addIfAbsent(model, "placeForm", new PlaceForm(null, null));
        addIfAbsent(model, "swapForm", new SwapForm(null, null));
        addIfAbsent(model, "clearForm", new ClearForm(null));
        addIfAbsent(model, "zoneForm", ZoneForm.empty());
        addIfAbsent(model, "standForm", StandForm.empty());
        if (found.isEmpty()) {
            model.addAttribute("openGenerate", true);
            return "fairs/plan-organise";
        }
        FloorPlan plan = found.get();
        addIfAbsent(model, "venueForm", new VenueForm(plan.width(), plan.depth()));
        FloorPlan shown = plan;
        if (proposal) {
            SectorGroupedPlacement.Proposal p = plans.propose(id, redoAll);
            shown = plan.withPlacements(p.actorByStand());
            model.addAttribute("proposal", p);
            model.addAttribute("redoAll", redoAll);
            model.addAttribute("unmet", unmet(p, exhibitors, locale));
            long moves = p.assignments().stream()
                    .filter(a -> plan.standOf(a.actorId())
                            .map(s -> !s.id().equals(a.standId()))
                            .orElse(true))
                    .count();
            model.addAttribute("moves", moves);
        }
        model.addAttribute("svg", views.svg(shown, edition, exhibitors, locale, null, false));
        model.addAttribute("lines", lines(shown, exhibitors, locale));
        model.addAttribute(
                "stands",
                plan.stands().stream()
                        .sorted(Comparator.comparing(FloorPlan.Stand::code))
                        .toList());
        Map<UUID, String> zoneNames = new HashMap<>();
        plan.zones().forEach(z -> zoneNames.put(z.id(), z.name(locale)));
        model.addAttribute("zoneNames", zoneNames);
        Map<UUID, String> names = new HashMap<>();
        exhibitors.values().forEach(e -> names.put(e.actorId(), e.name(locale)));
        model.addAttribute("names", names);
        model.addAttribute(
                "freeStands",
                plan.standsForExhibitors().stream()
                        .filter(FloorPlan.Stand::free)
                        .count());
        model.addAttribute(
                "placed",
                plan.stands().stream().filter(s -> s.actorId() != null).count());
        model.addAttribute("exhibitorCount", exhibitors.size());
        return "fairs/plan-organise";
    }

    /** Exhibitors who asked for more room than a standard 3 m × 3 m stand. */
    static int largeNeeded(Map<UUID, Exhibitor> exhibitors) {
        return (int) exhibitors.values().stream()
                .filter(e -> e.areaM2().doubleValue() > 9)
                .count();
    }

    private List<PlacementLine> lines(FloorPlan plan, Map<UUID, Exhibitor> exhibitors, Locale locale) {
        Map<String, LocalizedText> chains = views.valueChainNames();
        Map<String, LocalizedText> sectors = views.sectorNames();
        List<PlacementLine> lines = new ArrayList<>();
        for (Exhibitor e : exhibitors.values()) {
            Optional<FloorPlan.Stand> stand = plan.standOf(e.actorId());
            List<String> warnings = stand.map(s -> StandNeeds.shortfalls(s, e).stream()
                            .map(m -> m == StandNeeds.Shortfall.AREA
                                    ? msg(
                                            "plan.warn.AREA",
                                            locale,
                                            e.areaM2().stripTrailingZeros().toPlainString(),
                                            PlanEditor.fmt(s.area()))
                                    : msg("plan.warn." + m.name(), locale))
                            .toList())
                    .orElse(List.of(msg("plan.warn.unplaced", locale)));
            lines.add(new PlacementLine(
                    e.actorId(),
                    e.name(locale),
                    e.name().languageIn(locale),
                    sectors.containsKey(e.sector()) ? sectors.get(e.sector()).in(locale) : e.sector(),
                    chains.containsKey(e.valueChain())
                            ? chains.get(e.valueChain()).in(locale)
                            : e.valueChain(),
                    e.areaM2().stripTrailingZeros().toPlainString(),
                    e.electricity(),
                    e.water(),
                    stand.map(FloorPlan.Stand::code).orElse(null),
                    stand.map(FloorPlan.Stand::byHand).orElse(false),
                    warnings));
        }
        lines.sort(Comparator.comparing((PlacementLine l) -> l.code() == null ? "~" : l.code())
                .thenComparing(l -> PlanViews.fold(l.name())));
        return lines;
    }

    private List<UnmetLine> unmet(SectorGroupedPlacement.Proposal p, Map<UUID, Exhibitor> exhibitors, Locale locale) {
        return p.unmet().stream()
                .map(u -> new UnmetLine(
                        exhibitors.containsKey(u.actorId())
                                ? exhibitors.get(u.actorId()).name(locale)
                                : "?",
                        u.code(),
                        msg("plan.need." + u.need().name(), locale)))
                .toList();
    }

    private Edition edition(UUID id) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        return edition;
    }

    /** Organisers may change the plan until the edition closes. */
    private Edition editable(UUID id) {
        Edition edition = edition(id);
        if (edition.status() == EditionStatus.CLOSED) {
            throw new InvalidRequestException("status", "fairs.closed");
        }
        return edition;
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    private String msg(String key, Locale locale, @Nullable Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String redirect(UUID id) {
        return "redirect:/organise/fairs/" + id + "/plan";
    }
}
