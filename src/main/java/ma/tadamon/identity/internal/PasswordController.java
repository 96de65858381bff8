package ma.tadamon.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import ma.tadamon.identity.PasswordSetting;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.web.BaseUrl;
import ma.tadamon.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten password and invitation links. */
@Controller
class PasswordController {

    private final PasswordSetting passwords;
    private final BaseUrl baseUrl;

    PasswordController(PasswordSetting passwords, BaseUrl baseUrl) {
        this.passwords = passwords;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/login")
    String login() {
        return "auth/login";
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "auth/forgot";
    }

    @PostMapping("/password/forgot")
    String requestReset(@RequestParam String identifier, HttpServletRequest request, Model model) {
        passwords.requestReset(identifier, baseUrl.of(request));
        model.addAttribute("sent", true);
        return "auth/forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("form", new NewPasswordForm(token, "", ""));
        return resetPage(token, model);
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult binding, Model model) {
        form.checkConfirmation(binding);
        if (!binding.hasErrors()) {
            try {
                passwords.setWithToken(form.token(), form.password());
                return "redirect:/login?reset";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return resetPage(form.token(), model);
    }

    private String resetPage(String token, Model model) {
        model.addAttribute("purpose", passwords.tokenPurpose(token).orElse(null));
        model.addAttribute("minLength", PasswordSetting.MIN_LENGTH);
        return "auth/reset";
    }

    record NewPasswordForm(
            String token,
            @NotBlank String password,
            @NotBlank String confirm) {
        void checkConfirmation(BindingResult binding) {
            if (!binding.hasFieldErrors("confirm") && !password.equals(confirm)) {
                binding.rejectValue("confirm", "validation.password.mismatch");
            }
        }
    }
}
