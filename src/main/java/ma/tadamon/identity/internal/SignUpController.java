package ma.tadamon.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.PasswordSetting;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.web.FormErrors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Opening one's own account, for founders and project holders. */
@Controller
class SignUpController {

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    SignUpController(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", new SignUpForm("", "", "", ""));
        model.addAttribute("minLength", PasswordSetting.MIN_LENGTH);
        return "auth/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult binding, Model model, Locale locale) {
        if (!binding.hasFieldErrors("confirm") && !form.password().equals(form.confirm())) {
            binding.rejectValue("confirm", "validation.password.mismatch");
        }
        if (!binding.hasErrors()) {
            try {
                PasswordSetting.checkPolicy(form.password());
                accounts.signUp(
                        form.displayName(), form.identifier(), encoder.encode(form.password()), locale.getLanguage());
                return "redirect:/login?signedUp";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("minLength", PasswordSetting.MIN_LENGTH);
        return "auth/signup";
    }

    record SignUpForm(
            @NotBlank @Size(max = 120) String displayName,
            @NotBlank String identifier,
            @NotBlank String password,
            @NotBlank String confirm) {}
}
