package ma.tadamon.registry.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.FormErrors;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.ActorStatus;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manager's own actor: its record, and (for the registrar) its status. */
@Controller
class ManageActorController {

    private final Actors actors;
    private final ma.tadamon.registry.ActorMedia media;
    private final RegistryAccess access;

    ManageActorController(Actors actors, ma.tadamon.registry.ActorMedia media, RegistryAccess access) {
        this.actors = actors;
        this.media = media;
        this.access = access;
    }

    @GetMapping("/manage")
    String mine(@AuthenticationPrincipal SignedInUser me, Model model) {
        List<Actor> managed = me.grants().stream()
                .filter(g -> g.role().equals(Roles.COOP_MANAGER) && g.partyId() != null)
                .map(g -> actors.find(Objects.requireNonNull(g.partyId())))
                .flatMap(java.util.Optional::stream)
                .toList();
        model.addAttribute("actors", managed);
        return "manage/index";
    }

    @GetMapping("/manage/{id}")
    String show(@PathVariable UUID id, Model model) {
        access.requireManage(id);
        Actor actor = find(id);
        model.addAttribute(
                "form",
                new DetailsForm(
                        actor.address(),
                        actor.latitude(),
                        actor.longitude(),
                        actor.phone(),
                        actor.email(),
                        actor.story().ar(),
                        actor.story().fr(),
                        actor.ice(),
                        actors.rib(id).orElse(null),
                        actor.legalForm()));
        return page(actor, model);
    }

    @PostMapping("/manage/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") DetailsForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        access.requireManage(id);
        if (!binding.hasErrors()) {
            try {
                List<String> warnings = actors.update(id, form.toDetails());
                redirect.addFlashAttribute("saved", true);
                redirect.addFlashAttribute("warnings", warnings);
                return "redirect:/manage/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return page(find(id), model);
    }

    @PostMapping("/manage/{id}/identifiers")
    String addIdentifier(
            @PathVariable UUID id,
            @RequestParam String kind,
            @RequestParam String value,
            @RequestParam(required = false) @Nullable String authority,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.@Nullable LocalDate issuedOn,
            RedirectAttributes redirect) {
        access.requireManage(id);
        try {
            actors.addIdentifier(id, kind, value, authority, issuedOn);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("identifierError", e.messageKey());
        }
        return "redirect:/manage/" + id;
    }

    @PostMapping("/manage/{id}/identifiers/{identifier}/delete")
    String removeIdentifier(@PathVariable UUID id, @PathVariable UUID identifier) {
        access.requireManage(id);
        actors.removeIdentifier(id, identifier);
        return "redirect:/manage/" + id;
    }

    @PostMapping("/manage/{id}/status")
    String status(@PathVariable UUID id, @RequestParam ActorStatus status) {
        access.requireRegistrar();
        access.requireManage(id);
        actors.changeStatus(id, status);
        return "redirect:/manage/" + id;
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("section", "record");
        model.addAttribute("statuses", ActorStatus.values());
        model.addAttribute("registrar", access.isRegistrar());
        model.addAttribute("logo", media.logo(actor.id()).orElse(null));
        model.addAttribute("photos", media.photos(actor.id()));
        model.addAttribute("identifiers", actors.identifiers(actor.id()));
        model.addAttribute("identifierKinds", Actors.IDENTIFIER_KINDS);
        return "manage/actor";
    }

    private Actor find(UUID id) {
        return actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound"));
    }

    record DetailsForm(
            @Nullable String address,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String storyAr,
            @Nullable String storyFr,
            @Nullable String ice,
            @Nullable String rib,
            @Nullable String legalForm) {
        Actors.Details toDetails() {
            return new Actors.Details(
                    address, latitude, longitude, phone, email, storyAr, storyFr, ice, rib, legalForm);
        }
    }
}
