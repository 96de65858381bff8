package ma.tadamon.catalog.internal;

import java.io.IOException;
import java.util.UUID;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.internal.ProductForms.CredentialForm;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.FormErrors;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.RegistryAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An actor's labels and certifications: declared with a proof by its managers, then verified. */
@Controller
@RequestMapping("/manage/{actorId}/labels")
class ManageLabelsController {

    private final Credentials credentials;
    private final Products products;
    private final Actors actors;
    private final RegistryAccess access;

    ManageLabelsController(Credentials credentials, Products products, Actors actors, RegistryAccess access) {
        this.credentials = credentials;
        this.products = products;
        this.actors = actors;
        this.access = access;
    }

    @ModelAttribute
    void common(@PathVariable UUID actorId, Model model) {
        access.requireManage(actorId);
        model.addAttribute("actor", actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound")));
        model.addAttribute("section", "labels");
    }

    @GetMapping
    String list(@PathVariable UUID actorId, Model model) {
        model.addAttribute("form", CredentialForm.empty());
        return page(actorId, model);
    }

    @PostMapping
    String declare(
            @PathVariable UUID actorId,
            @ModelAttribute("form") CredentialForm form,
            BindingResult binding,
            @RequestParam(name = "proof", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (!binding.hasErrors()) {
            try {
                Credentials.Proof proof = null;
                if (file != null && !file.isEmpty()) {
                    byte[] content = file.getBytes();
                    String type = Credentials.sniff(content);
                    proof = new Credentials.Proof(
                            file.getOriginalFilename() == null ? "proof" : file.getOriginalFilename(),
                            type == null ? "application/octet-stream" : type,
                            content);
                }
                credentials.declare(actorId, form.toNewCredential(), proof);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/manage/" + actorId + "/labels";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return page(actorId, model);
    }

    @GetMapping("/{credentialId}/proof")
    ResponseEntity<byte[]> proof(@PathVariable UUID actorId, @PathVariable UUID credentialId) {
        credentials
                .find(credentialId)
                .filter(c -> c.actorId().equals(actorId))
                .orElseThrow(() -> new NotFoundException("label.notFound"));
        return LabelQueueController.proofResponse(credentials, credentialId);
    }

    private String page(UUID actorId, Model model) {
        model.addAttribute("credentials", credentials.ofActor(actorId));
        model.addAttribute("labelTypes", credentials.labelTypes());
        model.addAttribute("products", products.ofActor(actorId, true));
        model.addAttribute("maxProofMb", Credentials.MAX_PROOF_BYTES / (1024 * 1024));
        return "catalog/manage-labels";
    }

    static ResponseEntity<byte[]> attachment(Credentials.Proof proof) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(proof.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"proof\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(proof.content());
    }
}
