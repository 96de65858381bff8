package ma.tadamon.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.NewAccount;
import ma.tadamon.identity.PasswordSetting;
import ma.tadamon.party.Parties;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.platform.web.BaseUrl;
import ma.tadamon.platform.web.FormErrors;
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

/** Admin pages: the list of users, inviting one, granting and revoking roles, enabling. */
@Controller
@RequestMapping("/admin")
class AdminUserController {

    private final Accounts accounts;
    private final PasswordSetting passwords;
    private final Parties parties;
    private final Territories territories;
    private final AuditLog audit;
    private final BaseUrl baseUrl;

    AdminUserController(
            Accounts accounts,
            PasswordSetting passwords,
            Parties parties,
            Territories territories,
            AuditLog audit,
            BaseUrl baseUrl) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.parties = parties;
        this.territories = territories;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    @GetMapping
    String index() {
        return "admin/index";
    }

    @GetMapping("/users")
    String users(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", accounts.search(q, PageResult.page(page), PageResult.DEFAULT_SIZE));
        return "admin/users";
    }

    @GetMapping("/users/new")
    String newUser(Model model, Locale locale) {
        model.addAttribute("form", new UserForm("", "", "", locale.getLanguage(), "", null, null));
        return userForm(model);
    }

    @PostMapping("/users")
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                UUID id = accounts.invite(form.toNewAccount(), baseUrl.of(request));
                redirect.addFlashAttribute("invited", true);
                return "redirect:/admin/users/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return userForm(model);
    }

    @GetMapping("/users/{id}")
    String user(@PathVariable UUID id, Model model) {
        model.addAttribute("grantForm", new GrantForm("", null, null));
        return userPage(id, model);
    }

    @PostMapping("/users/{id}/grants")
    String grant(
            @PathVariable UUID id,
            @Valid @ModelAttribute("grantForm") GrantForm form,
            BindingResult binding,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                accounts.grant(id, form.role(), form.partyId(), form.territoryId());
                return "redirect:/admin/users/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return userPage(id, model);
    }

    @PostMapping("/users/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable long grantId) {
        accounts.revoke(id, grantId);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/enabled")
    String enable(@PathVariable UUID id, @RequestParam boolean enabled) {
        accounts.setEnabled(id, enabled);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/reset")
    String sendReset(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
        var account = accounts.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        passwords.requestReset(account.identifier(), baseUrl.of(request));
        redirect.addFlashAttribute("resetSent", true);
        return "redirect:/admin/users/" + id;
    }

    private String userPage(UUID id, Model model) {
        var account = accounts.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        var grants = accounts.grants(id);
        model.addAttribute("account", account);
        model.addAttribute("grants", grants);
        model.addAttribute(
                "grantParties",
                parties
                        .findAll(grants.stream()
                                .map(g -> g.partyId())
                                .filter(java.util.Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p)));
        model.addAttribute(
                "grantTerritories",
                grants.stream()
                        .map(g -> g.territoryId())
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .map(t -> territories.byId(t).orElseThrow())
                        .collect(java.util.stream.Collectors.toMap(t -> t.id(), t -> t)));
        model.addAttribute("history", audit.forEntity("account", id.toString()));
        return choices(model, "admin/user");
    }

    private String userForm(Model model) {
        return choices(model, "admin/user-new");
    }

    private String choices(Model model, String view) {
        model.addAttribute("roles", accounts.roles());
        model.addAttribute(
                "parties",
                parties.search(null, null, null, 0, PageResult.MAX_SIZE).items());
        model.addAttribute("scopeTerritories", territories.atLevel(TerritoryLevel.REGION));
        return view;
    }

    record UserForm(
            @NotBlank @Size(max = 120) String displayName,
            @Nullable String email,
            @Nullable String phone,
            @NotBlank String locale,
            @NotBlank String role,
            @Nullable UUID partyId,
            @Nullable Long territoryId) {
        NewAccount toNewAccount() {
            return new NewAccount(displayName, email, phone, locale, role, partyId, territoryId);
        }
    }

    record GrantForm(
            @NotBlank String role,
            @Nullable UUID partyId,
            @Nullable Long territoryId) {}
}
