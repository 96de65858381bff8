package ma.tadamon.registry.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.BaseUrl;
import ma.tadamon.registry.CreationDecisions;
import ma.tadamon.registry.CreationRequest;
import ma.tadamon.registry.CreationRequests;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registrar's queue of creation requests and the decisions on each. */
@Controller
class RegistrarController {

    private final CreationRequests requests;
    private final CreationDecisions decisions;
    private final RegistryAccess access;
    private final BaseUrl baseUrl;

    RegistrarController(
            CreationRequests requests, CreationDecisions decisions, RegistryAccess access, BaseUrl baseUrl) {
        this.requests = requests;
        this.decisions = decisions;
        this.access = access;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/registry/requests")
    String queue(Model model) {
        access.requireRegistrar();
        model.addAttribute("submitted", requests.inStatus(CreationRequest.Status.SUBMITTED));
        model.addAttribute("approved", requests.inStatus(CreationRequest.Status.APPROVED));
        model.addAttribute("changes", requests.inStatus(CreationRequest.Status.CHANGES_REQUESTED));
        return "creation/queue";
    }

    @PostMapping("/registry/requests/{id}/changes")
    String requestChanges(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletRequest http,
            RedirectAttributes redirect) {
        access.requireRegistrar();
        return decide(id, redirect, () -> decisions.requestChanges(id, note, me.accountId(), baseUrl.of(http)));
    }

    @PostMapping("/registry/requests/{id}/approve")
    String approve(
            @PathVariable UUID id,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletRequest http,
            RedirectAttributes redirect) {
        access.requireRegistrar();
        return decide(id, redirect, () -> decisions.approve(id, me.accountId(), baseUrl.of(http)));
    }

    @PostMapping("/registry/requests/{id}/register")
    String register(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String registrationNumber,
            @RequestParam(required = false) @Nullable String court,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletRequest http,
            RedirectAttributes redirect) {
        access.requireRegistrar();
        requests.find(id).orElseThrow(() -> new NotFoundException("creation.notFound"));
        try {
            UUID actor = decisions.register(id, registrationNumber, court, me.accountId(), baseUrl.of(http));
            return "redirect:/actors/" + actor;
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("decisionError", e.messageKey());
            return "redirect:/creation/" + id;
        }
    }

    private String decide(UUID id, RedirectAttributes redirect, Runnable decision) {
        try {
            decision.run();
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("decisionError", e.messageKey());
        }
        return "redirect:/creation/" + id;
    }
}
