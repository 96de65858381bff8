package ma.tadamon.fairs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import ma.tadamon.fairs.Applications;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionParty;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.fairs.ScoreGrid;
import ma.tadamon.fairs.internal.CallForms.EditionForm;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.party.Parties;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's editions: the list with a create form, then each edition, its partners and its status. */
@Controller
class OrganiseController {

    private final Editions editions;
    private final Applications applications;
    private final Exhibitors exhibitors;
    private final ScoreGrid grid;
    private final FairsAccess access;
    private final Territories territories;
    private final Parties parties;

    OrganiseController(
            Editions editions,
            Applications applications,
            Exhibitors exhibitors,
            ScoreGrid grid,
            FairsAccess access,
            Territories territories,
            Parties parties) {
        this.editions = editions;
        this.applications = applications;
        this.exhibitors = exhibitors;
        this.grid = grid;
        this.access = access;
        this.territories = territories;
        this.parties = parties;
    }

    @GetMapping("/organise/fairs")
    String list(Model model) {
        requireOrganiser();
        model.addAttribute("form", EditionForm.empty());
        return listPage(model);
    }

    @PostMapping("/organise/fairs")
    String create(@ModelAttribute("form") @Nullable EditionForm posted, BindingResult binding, Model model) {
        requireOrganiser();
        EditionForm form = CallForms.orRetry(posted, EditionForm.empty(), model);
        if (posted != null && !binding.hasErrors()) {
            try {
                var edition = form.toNewEdition();
                if (!access.canOrganiseIn(edition.territoryId())) {
                    throw new InvalidRequestException("territoryId", "fairs.form.territory.notYours");
                }
                UUID id = editions.create(edition);
                grid.criteria(id);
                return "redirect:/organise/fairs/" + id + "?created";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return listPage(model);
    }

    @GetMapping("/organise/fairs/{id}")
    String edition(@PathVariable UUID id, Model model) {
        Edition edition = organised(id);
        model.addAttribute("form", EditionForm.of(edition));
        return editionPage(edition, model);
    }

    @PostMapping("/organise/fairs/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") @Nullable EditionForm posted,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Edition edition = organised(id);
        EditionForm form = CallForms.orRetry(posted, EditionForm.of(edition), model);
        if (posted != null && !binding.hasErrors()) {
            try {
                var changed = form.toNewEdition();
                if (!access.canOrganiseIn(changed.territoryId())) {
                    throw new InvalidRequestException("territoryId", "fairs.form.territory.notYours");
                }
                editions.update(id, changed);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organise/fairs/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return editionPage(edition, model);
    }

    @PostMapping("/organise/fairs/{id}/status")
    String status(@PathVariable UUID id, @RequestParam EditionStatus to, RedirectAttributes redirect) {
        organised(id);
        try {
            editions.changeStatus(id, to);
            redirect.addFlashAttribute("statusChanged", to);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/organise/fairs/" + id;
    }

    /** Parties matching the words typed, to add as organiser or partner (an htmx fragment). */
    @GetMapping("/organise/fairs/{id}/parties/search")
    String searchParties(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("edition", organised(id));
        model.addAttribute("roles", EditionParty.ROLES);
        model.addAttribute(
                "found",
                q.isBlank() ? List.of() : parties.search(null, null, q, 0, 10).items());
        model.addAttribute("q", q);
        return "fairs/organise-edition :: found";
    }

    @PostMapping("/organise/fairs/{id}/parties")
    String addParty(
            @PathVariable UUID id, @RequestParam UUID party, @RequestParam String role, RedirectAttributes redirect) {
        organised(id);
        parties.find(party).orElseThrow(() -> new ma.tadamon.platform.NotFoundException("party.notFound"));
        try {
            editions.addParty(id, party, role);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/organise/fairs/" + id + "#parties";
    }

    @PostMapping("/organise/fairs/{id}/parties/remove")
    String removeParty(@PathVariable UUID id, @RequestParam UUID party, @RequestParam String role) {
        organised(id);
        editions.removeParty(id, party, role);
        return "redirect:/organise/fairs/" + id + "#parties";
    }

    private String listPage(Model model) {
        model.addAttribute(
                "editions", editions.all().stream().filter(access::canOrganise).toList());
        model.addAttribute("territories", organisable());
        return "fairs/organise-list";
    }

    private String editionPage(Edition edition, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("territories", organisable());
        model.addAttribute(
                "territoryName", territories.byId(edition.territoryId()).orElse(null));
        model.addAttribute("parties", editions.parties(edition.id()));
        model.addAttribute("roles", EditionParty.ROLES);
        model.addAttribute(
                "next",
                edition.status().allowedNext().stream()
                        .sorted(Comparator.naturalOrder())
                        .toList());
        model.addAttribute("counts", applications.counts(edition.id()));
        model.addAttribute("exhibitorCount", exhibitors.count(edition.id()));
        return "fairs/organise-edition";
    }

    /** Regions and provinces the current user may hold an edition in. */
    private List<Territory> organisable() {
        List<Territory> result = new ArrayList<>();
        for (Territory region : territories.regions()) {
            boolean whole = access.canOrganiseIn(region.id());
            if (whole) {
                result.add(region);
            }
            for (Territory province : territories.children(region.id())) {
                if (whole || access.canOrganiseIn(province.id())) {
                    result.add(province);
                }
            }
        }
        return result;
    }

    private Edition organised(UUID id) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        return edition;
    }

    private void requireOrganiser() {
        if (!access.isOrganiser()) {
            throw new AccessDeniedException("Not an organiser");
        }
    }
}
