package ma.tadamon.fairs.internal;

import java.util.Locale;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.fairs.internal.PlanForms.StandForm;
import ma.tadamon.fairs.internal.PlanForms.ZoneForm;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, moving, resizing and removing the zones and stands of a plan, one form each. */
@Controller
@RequestMapping("/organise/fairs/{id}/plan")
class PlanPartsController {

    private final Editions editions;
    private final PlanEditor plans;
    private final FairsAccess access;
    private final MessageSource messages;

    PlanPartsController(Editions editions, PlanEditor plans, FairsAccess access, MessageSource messages) {
        this.editions = editions;
        this.plans = plans;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/zones/new")
    String newZone(@PathVariable UUID id, Model model) {
        return zonePage(edition(id, false), null, ZoneForm.empty(), model);
    }

    @GetMapping("/zones/{zoneId}")
    String zone(@PathVariable UUID id, @PathVariable UUID zoneId, Model model) {
        Edition edition = edition(id, false);
        FloorPlan.Zone zone =
                plans.plan(id).zone(zoneId).orElseThrow(() -> new NotFoundException("plan.zone.notFound"));
        return zonePage(edition, zone, ZoneForm.of(zone), model);
    }

    @PostMapping({"/zones", "/zones/{zoneId}"})
    String saveZone(
            @PathVariable UUID id,
            @PathVariable(required = false) @Nullable UUID zoneId,
            @ModelAttribute("form") ZoneForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Edition edition = edition(id, true);
        if (!binding.hasErrors()) {
            try {
                plans.saveZone(id, zoneId, form.kindOrThrow(), form.name(), form.rect());
                redirect.addFlashAttribute("done", messages.getMessage("plan.saved", null, locale));
                return PlanController.redirect(id);
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        FloorPlan.Zone zone =
                zoneId == null ? null : plans.plan(id).zone(zoneId).orElse(null);
        return zonePage(edition, zone, form, model);
    }

    @PostMapping("/zones/{zoneId}/delete")
    String deleteZone(@PathVariable UUID id, @PathVariable UUID zoneId, Locale locale, RedirectAttributes redirect) {
        edition(id, true);
        plans.deleteZone(id, zoneId);
        redirect.addFlashAttribute("done", messages.getMessage("plan.deleted", null, locale));
        return PlanController.redirect(id);
    }

    @GetMapping("/stands/new")
    String newStand(@PathVariable UUID id, Model model) {
        return standPage(edition(id, false), null, StandForm.empty(), model);
    }

    @GetMapping("/stands/{standId}")
    String stand(@PathVariable UUID id, @PathVariable UUID standId, Model model) {
        Edition edition = edition(id, false);
        FloorPlan.Stand stand = stand(id, standId);
        return standPage(edition, stand, StandForm.of(stand), model);
    }

    @PostMapping({"/stands", "/stands/{standId}"})
    String saveStand(
            @PathVariable UUID id,
            @PathVariable(required = false) @Nullable UUID standId,
            @ModelAttribute("form") StandForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Edition edition = edition(id, true);
        if (!binding.hasErrors()) {
            try {
                plans.saveStand(
                        id,
                        standId,
                        form.codeOrEmpty(),
                        form.rect(),
                        PlanForms.yes(form.electricity()),
                        PlanForms.yes(form.water()));
                redirect.addFlashAttribute("done", messages.getMessage("plan.saved", null, locale));
                return PlanController.redirect(id);
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return standPage(edition, standId == null ? null : stand(id, standId), form, model);
    }

    @PostMapping("/stands/{standId}/delete")
    String deleteStand(@PathVariable UUID id, @PathVariable UUID standId, Locale locale, RedirectAttributes redirect) {
        edition(id, true);
        plans.deleteStand(id, standId);
        redirect.addFlashAttribute("done", messages.getMessage("plan.deleted", null, locale));
        return PlanController.redirect(id);
    }

    private String zonePage(Edition edition, FloorPlan.@Nullable Zone zone, ZoneForm form, Model model) {
        FloorPlan plan = plans.plan(edition.id());
        model.addAttribute("edition", edition);
        model.addAttribute("plan", plan);
        model.addAttribute("zone", zone);
        model.addAttribute("kinds", ZoneKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "fairs/plan-zone";
    }

    private String standPage(Edition edition, FloorPlan.@Nullable Stand stand, StandForm form, Model model) {
        FloorPlan plan = plans.plan(edition.id());
        model.addAttribute("edition", edition);
        model.addAttribute("plan", plan);
        model.addAttribute("stand", stand);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "fairs/plan-stand";
    }

    private FloorPlan.Stand stand(UUID id, UUID standId) {
        return plans.plan(id).stands().stream()
                .filter(s -> s.id().equals(standId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("plan.stand.notFound", standId));
    }

    private Edition edition(UUID id, boolean write) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        if (write && edition.status() == EditionStatus.CLOSED) {
            throw new InvalidRequestException("status", "fairs.closed");
        }
        return edition;
    }
}
