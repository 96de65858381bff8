package ma.tadamon.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.ApiTokens;
import ma.tadamon.identity.PasswordSetting;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's own account. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final PasswordSetting passwords;
    private final ApiTokens tokens;

    AccountController(Accounts accounts, PasswordSetting passwords, ApiTokens tokens) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    /** A new token is shown on the page that answers its creation, once; only its hash is kept. */
    @PostMapping("/account/tokens")
    String newToken(@AuthenticationPrincipal SignedInUser me, @RequestParam String name, Model model) {
        model.addAttribute("form", new ChangePasswordForm("", "", ""));
        try {
            model.addAttribute("issued", tokens.issue(me.accountId(), name));
        } catch (InvalidRequestException e) {
            model.addAttribute("tokenError", e);
            model.addAttribute("tokenName", name);
        }
        return page(me, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
        tokens.revoke(me.accountId(), id);
        return "redirect:/account?revoked#tokens";
    }

    @GetMapping("/account")
    String show(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("form", new ChangePasswordForm("", "", ""));
        return page(me, model);
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal SignedInUser me,
            @Valid @ModelAttribute("form") ChangePasswordForm form,
            BindingResult binding,
            Model model) {
        if (!binding.hasFieldErrors("confirm") && !form.password().equals(form.confirm())) {
            binding.rejectValue("confirm", "validation.password.mismatch");
        }
        if (!binding.hasErrors()) {
            try {
                passwords.change(me.accountId(), form.current(), form.password());
                return "redirect:/account?changed";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return page(me, model);
    }

    private String page(SignedInUser me, Model model) {
        model.addAttribute(
                "account", accounts.find(me.accountId()).orElseThrow(() -> new NotFoundException("error.notFound")));
        model.addAttribute("tokens", tokens.of(me.accountId()));
        return "account/index";
    }

    record ChangePasswordForm(
            @NotBlank String current,
            @NotBlank String password,
            @NotBlank String confirm) {}
}
