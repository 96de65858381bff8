package ma.tadamon.party.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.party.NewParty;
import ma.tadamon.party.Parties;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.platform.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admin pages for organisations that are not SSE actors: funders, councils, chambers, buyers... */
@Controller
class PartyAdminController {

    private final Parties parties;
    private final Territories territories;

    PartyAdminController(Parties parties, Territories territories) {
        this.parties = parties;
        this.territories = territories;
    }

    @GetMapping("/admin/parties")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", parties.roles());
        model.addAttribute("result", parties.search(null, role, q, PageResult.page(page), PageResult.DEFAULT_SIZE));
        return "party/list";
    }

    @GetMapping("/admin/parties/new")
    String newParty(Model model) {
        model.addAttribute("form", new PartyForm("", "", "", "", "", null, "", Set.of()));
        return form(model);
    }

    @PostMapping("/admin/parties")
    String create(@Valid @ModelAttribute("form") PartyForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                parties.register(form.toNewParty());
                return "redirect:/admin/parties?created";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("kinds", Parties.KINDS);
        model.addAttribute("roles", parties.roles());
        // regions and provinces; a commune-level party is registered through the API or later modules
        var places = new java.util.ArrayList<Territory>(territories.regions());
        places.addAll(territories.atLevel(TerritoryLevel.PROVINCE));
        places.sort(java.util.Comparator.comparing(Territory::code));
        model.addAttribute("places", places);
        return "party/new";
    }

    record PartyForm(
            @NotBlank String kind,
            @Size(max = 200) @Nullable String nameAr,
            @Size(max = 200) @Nullable String nameFr,
            @Size(max = 200) @Nullable String nameEn,
            @Size(max = 30) @Nullable String acronym,
            @Nullable Long territoryId,
            @Size(max = 200) @Nullable String website,
            @Nullable Set<String> roles) {
        NewParty toNewParty() {
            return new NewParty(
                    kind, nameAr, nameFr, nameEn, acronym, territoryId, website, roles == null ? Set.of() : roles);
        }
    }
}
