package ma.tadamon.fairs.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.catalog.ProductStatus;
import ma.tadamon.catalog.Products;
import ma.tadamon.fairs.Application;
import ma.tadamon.fairs.Applications;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Eligibility;
import ma.tadamon.fairs.EligibilityCheck;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.fairs.internal.CallForms.ApplyForm;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.FormErrors;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import org.jspecify.annotations.Nullable;
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

/** An actor's managers apply to the calls open to it, follow their applications and withdraw. */
@Controller
@RequestMapping("/manage/{actorId}/fairs")
class ApplyController {

    /** An edition whose call is open, with what the actor meets of its conditions. */
    record OpenCall(
            Edition edition,
            List<EligibilityCheck> checks,
            boolean eligible,
            @Nullable Application mine) {}

    private final Editions editions;
    private final Applications applications;
    private final Eligibility eligibility;
    private final Products products;
    private final Actors actors;
    private final FairsAccess access;

    ApplyController(
            Editions editions,
            Applications applications,
            Eligibility eligibility,
            Products products,
            Actors actors,
            FairsAccess access) {
        this.editions = editions;
        this.applications = applications;
        this.eligibility = eligibility;
        this.products = products;
        this.actors = actors;
        this.access = access;
    }

    @ModelAttribute("actor")
    Actor actor(@PathVariable UUID actorId, Model model) {
        access.requireActFor(actorId);
        model.addAttribute("section", "fairs");
        return actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
    }

    @GetMapping
    String page(
            @PathVariable UUID actorId,
            @RequestParam(required = false) @Nullable UUID edition,
            @ModelAttribute("actor") Actor actor,
            Model model) {
        model.addAttribute("form", ApplyForm.empty(edition));
        return render(actor, edition, model);
    }

    @PostMapping
    String apply(
            @PathVariable UUID actorId,
            @ModelAttribute("actor") Actor actor,
            @ModelAttribute("form") @Nullable ApplyForm posted,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ApplyForm form = CallForms.orRetry(posted, ApplyForm.empty(null), model);
        if (posted != null && !binding.hasErrors()) {
            try {
                if (form.edition() == null) {
                    throw new InvalidRequestException("edition", "fairs.apply.edition");
                }
                applications.apply(form.edition(), actorId, form.toNewApplication());
                redirect.addFlashAttribute("applied", true);
                return "redirect:/manage/" + actorId + "/fairs";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return render(actor, form.edition(), model);
    }

    @PostMapping("/applications/{applicationId}/withdraw")
    String withdraw(@PathVariable UUID actorId, @PathVariable UUID applicationId, RedirectAttributes redirect) {
        Application application = applications.get(applicationId);
        if (!application.actorId().equals(actorId)) {
            throw new NotFoundException("fairs.application.notFound");
        }
        try {
            applications.withdraw(applicationId);
            redirect.addFlashAttribute("withdrawn", true);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/manage/" + actorId + "/fairs";
    }

    private String render(Actor actor, @Nullable UUID chosen, Model model) {
        Instant now = Instant.now();
        List<OpenCall> calls = editions.withOpenCall().stream()
                .filter(e -> e.openToOtherRegions() || !eligibility.isOtherRegion(e, actor))
                .map(e -> {
                    List<EligibilityCheck> checks = eligibility.check(e, actor, null, now);
                    return new OpenCall(
                            e,
                            checks,
                            checks.stream().allMatch(EligibilityCheck::met),
                            applications.find(e.id(), actor.id()).orElse(null));
                })
                .toList();
        List<Application> mine = applications.ofActor(actor.id());
        Map<UUID, Edition> editionsById = new HashMap<>();
        mine.forEach(a -> editions.find(a.editionId()).ifPresent(e -> editionsById.put(e.id(), e)));
        calls.forEach(c -> editionsById.put(c.edition().id(), c.edition()));
        if (chosen != null) {
            editions.find(chosen).ifPresent(e -> editionsById.put(e.id(), e));
        }
        model.addAttribute("calls", calls);
        model.addAttribute("mine", mine);
        model.addAttribute("editions", editionsById);
        model.addAttribute(
                "chosen",
                chosen == null
                        ? null
                        : calls.stream()
                                .filter(c -> c.edition().id().equals(chosen))
                                .findFirst()
                                .orElse(null));
        model.addAttribute(
                "products",
                products.ofActor(actor.id(), true).stream()
                        .filter(p -> p.status() == ProductStatus.ACTIVE)
                        .toList());
        model.addAttribute("foodSectors", Eligibility.FOOD_SECTORS);
        return "fairs/call-manage";
    }
}
