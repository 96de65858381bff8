package ma.tadamon.catalog.internal;

import java.util.UUID;
import ma.tadamon.catalog.Credential;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The label verifiers' queue: verify or reject what managers declared, revoke what was verified. */
@Controller
class LabelQueueController {

    static final String LABEL_VERIFIER = "LABEL_VERIFIER";

    private final Credentials credentials;
    private final Actors actors;

    LabelQueueController(Credentials credentials, Actors actors) {
        this.credentials = credentials;
        this.actors = actors;
    }

    @ModelAttribute
    void onlyVerifiers() {
        SignedInUser user = RegistryAccess.currentUser();
        if (user == null || !(user.hasRole(LABEL_VERIFIER) || user.hasRole(Roles.ADMIN))) {
            throw new AccessDeniedException("Not a label verifier");
        }
    }

    @GetMapping("/labels/queue")
    String queue(Model model) {
        model.addAttribute("pending", credentials.pending());
        model.addAttribute("verified", credentials.verified(50));
        model.addAttribute("actorNames", new ActorNames(actors));
        return "catalog/queue";
    }

    @PostMapping("/labels/{id}/{decision}")
    String decide(
            @PathVariable UUID id,
            @PathVariable String decision,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        try {
            switch (decision) {
                case "verify" -> credentials.verify(id, note);
                case "reject" -> credentials.reject(id, note);
                case "revoke" -> credentials.revoke(id, note);
                default -> throw new NotFoundException("error.notFound");
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/labels/queue";
    }

    @GetMapping("/labels/{id}/proof")
    ResponseEntity<byte[]> proof(@PathVariable UUID id) {
        return proofResponse(credentials, id);
    }

    static ResponseEntity<byte[]> proofResponse(Credentials credentials, UUID id) {
        return ManageLabelsController.attachment(
                credentials.proof(id).orElseThrow(() -> new NotFoundException("label.notFound")));
    }

    /** Names of the actors in the queue, looked up as the template asks. */
    record ActorNames(Actors actors) {
        public String of(Credential c, java.util.Locale locale) {
            return actors.find(c.actorId()).map(a -> a.name().in(locale)).orElse("");
        }
    }
}
