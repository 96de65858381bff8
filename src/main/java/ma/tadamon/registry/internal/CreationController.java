package ma.tadamon.registry.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.FormErrors;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.CreationRequest;
import ma.tadamon.registry.CreationRequests;
import ma.tadamon.registry.MemberRole;
import ma.tadamon.registry.RegistryAccess;
import ma.tadamon.registry.internal.CreationForms.ActivityForm;
import ma.tadamon.registry.internal.CreationForms.AssemblyForm;
import ma.tadamon.registry.internal.CreationForms.CapitalForm;
import ma.tadamon.registry.internal.CreationForms.FoundersForm;
import ma.tadamon.registry.internal.CreationForms.NameForm;
import ma.tadamon.registry.internal.CreationForms.StatutesForm;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The founder's side of the online creation of a cooperative: her requests, the seven steps (each
 * saves the draft), the printable statutes and minutes, the documents, the review and submission.
 */
@Controller
class CreationController {

    static final List<String> STEPS =
            List.of("name", "activity", "founders", "capital", "statutes", "assembly", "documents");

    private final CreationRequests requests;
    private final Actors actors;
    private final Territories territories;
    private final RegistryAccess access;

    CreationController(CreationRequests requests, Actors actors, Territories territories, RegistryAccess access) {
        this.requests = requests;
        this.actors = actors;
        this.territories = territories;
        this.access = access;
    }

    @GetMapping("/creation")
    String mine(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("requests", requests.of(me.accountId()));
        return "creation/list";
    }

    @PostMapping("/creation")
    String start(@AuthenticationPrincipal SignedInUser me) {
        return "redirect:/creation/" + requests.start(me.accountId()) + "/step/1";
    }

    @GetMapping("/creation/{id}")
    String overview(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model) {
        CreationRequest request = readable(id, me);
        model.addAttribute("request", request);
        model.addAttribute("problems", requests.problems(id));
        model.addAttribute("steps", STEPS);
        model.addAttribute("mine", request.applicantId().equals(me.accountId()));
        return "creation/overview";
    }

    @GetMapping("/creation/{id}/step/{step:[1-7]}")
    String step(@PathVariable UUID id, @PathVariable int step, @AuthenticationPrincipal SignedInUser me, Model model) {
        CreationRequest request = readable(id, me);
        if (!request.status().editable() || !request.applicantId().equals(me.accountId())) {
            return "redirect:/creation/" + id;
        }
        Object form = switch (step) {
            case 1 -> NameForm.of(request);
            case 2 -> ActivityForm.of(request);
            case 3 -> FoundersForm.of(request, requests.rules().minFounders());
            case 4 -> CapitalForm.of(request);
            case 5 -> new StatutesForm(request.statutesAccepted());
            case 6 -> AssemblyForm.of(request);
            default -> null;
        };
        if (form != null) {
            model.addAttribute("form", form);
        }
        if (step == 1) {
            model.addAttribute("similar", requests.similarNames(request.nameAr(), request.nameFr()));
        }
        return page(request, step, model);
    }

    @PostMapping("/creation/{id}/step/1")
    String saveName(
            @PathVariable UUID id,
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("form") NameForm form,
            @RequestParam(defaultValue = "stay") String then,
            @RequestParam(defaultValue = "false") boolean similarSeen,
            Model model) {
        editable(id, me);
        var similar = requests.saveName(id, form.nameAr(), form.nameFr());
        if (!similar.isEmpty() && "next".equals(then) && !similarSeen) {
            // Advisory only: show the similar names once more before moving on.
            model.addAttribute("similar", similar);
            model.addAttribute("saved", true);
            return page(requests.find(id).orElseThrow(), 1, model);
        }
        return after(id, 1, then);
    }

    @PostMapping("/creation/{id}/step/2")
    String saveActivity(
            @PathVariable UUID id,
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("form") ActivityForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "stay") String then,
            Model model) {
        editable(id, me);
        requests.saveActivity(id, form.object(), form.valueChain(), form.communeId(), form.address());
        return after(id, 2, then);
    }

    @PostMapping("/creation/{id}/step/3")
    String saveFounders(
            @PathVariable UUID id,
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("form") FoundersForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "stay") String then,
            Model model) {
        editable(id, me);
        try {
            requests.saveFounders(id, form.toFounders());
        } catch (InvalidRequestException e) {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
            return page(requests.find(id).orElseThrow(), 3, model);
        }
        if ("more".equals(then)) {
            FoundersForm more = FoundersForm.of(requests.find(id).orElseThrow(), 0);
            more.pad(3);
            model.addAttribute("form", more);
            return page(requests.find(id).orElseThrow(), 3, model);
        }
        return after(id, 3, then);
    }

    @PostMapping("/creation/{id}/step/4")
    String saveCapital(
            @PathVariable UUID id,
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("form") CapitalForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "stay") String then,
            Model model) {
        editable(id, me);
        try {
            requests.saveCapital(id, form.shareValue(), form.shares() == null ? List.of() : form.shares());
        } catch (InvalidRequestException e) {
            FormErrors.reject(binding, e);
            return page(requests.find(id).orElseThrow(), 4, model);
        }
        return after(id, 4, then);
    }

    @PostMapping("/creation/{id}/step/5")
    String saveStatutes(
            @PathVariable UUID id,
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("form") StatutesForm form,
            @RequestParam(defaultValue = "stay") String then) {
        editable(id, me);
        requests.acceptStatutes(id, form.accepted());
        return after(id, 5, then);
    }

    @PostMapping("/creation/{id}/step/6")
    String saveAssembly(
            @PathVariable UUID id,
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("form") AssemblyForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "stay") String then,
            Model model) {
        editable(id, me);
        if (binding.hasErrors()) {
            return page(requests.find(id).orElseThrow(), 6, model);
        }
        try {
            requests.saveAssembly(id, form.date(), form.place());
        } catch (InvalidRequestException e) {
            binding.rejectValue("date", e.messageKey(), e.args(), e.messageKey());
            return page(requests.find(id).orElseThrow(), 6, model);
        }
        return after(id, 6, then);
    }

    @PostMapping("/creation/{id}/documents")
    String upload(
            @PathVariable UUID id,
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam String kind,
            @RequestParam("file") MultipartFile file,
            Model model)
            throws IOException {
        editable(id, me);
        try {
            requests.addDocument(
                    id,
                    kind,
                    file.getOriginalFilename() == null ? "document" : file.getOriginalFilename(),
                    file.getContentType() == null ? "" : file.getContentType(),
                    file.getBytes());
        } catch (InvalidRequestException e) {
            model.addAttribute("fileError", e.messageKey());
            model.addAttribute("fileErrorArgs", e.args());
            return page(requests.find(id).orElseThrow(), 7, model);
        }
        return "redirect:/creation/" + id + "/step/7";
    }

    @PostMapping("/creation/{id}/documents/{documentId}/delete")
    String removeDocument(
            @PathVariable UUID id, @PathVariable UUID documentId, @AuthenticationPrincipal SignedInUser me) {
        editable(id, me);
        requests.removeDocument(id, documentId);
        return "redirect:/creation/" + id + "/step/7";
    }

    @GetMapping("/creation/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(
            @PathVariable UUID id, @PathVariable UUID documentId, @AuthenticationPrincipal SignedInUser me) {
        CreationRequest request = readable(id, me);
        var meta = request.documents().stream()
                .filter(d -> d.id().equals(documentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        byte[] content =
                requests.documentContent(id, documentId).orElseThrow(() -> new NotFoundException("error.notFound"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(meta.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"document-" + documentId + "\"")
                .body(content);
    }

    @GetMapping("/creation/{id}/statutes")
    String statutes(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model) {
        return printable(id, me, model, "creation/statutes-print");
    }

    @GetMapping("/creation/{id}/minutes")
    String minutes(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model) {
        return printable(id, me, model, "creation/minutes-print");
    }

    @PostMapping("/creation/{id}/submit")
    String submit(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me) {
        editable(id, me);
        requests.submit(id, me.accountId());
        return "redirect:/creation/" + id + "?submitted";
    }

    private String printable(UUID id, SignedInUser me, Model model, String view) {
        CreationRequest request = readable(id, me);
        model.addAttribute("request", request);
        model.addAttribute(
                "commune",
                request.communeId() == null
                        ? null
                        : territories.byId(request.communeId()).orElse(null));
        model.addAttribute(
                "valueChain",
                request.valueChain() == null
                        ? null
                        : actors.valueChain(request.valueChain()).orElse(null));
        return view;
    }

    private String page(CreationRequest request, int step, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("step", step);
        model.addAttribute("steps", STEPS);
        model.addAttribute("rules", requests.rules());
        switch (step) {
            case 2 -> {
                model.addAttribute("valueChains", actors.valueChains());
                model.addAttribute("provinces", territories.atLevel(TerritoryLevel.PROVINCE));
                model.addAttribute("communes", territories.atLevel(TerritoryLevel.COMMUNE));
            }
            case 3 ->
                model.addAttribute(
                        "roles",
                        List.of(
                                MemberRole.PRESIDENT,
                                MemberRole.VICE_PRESIDENT,
                                MemberRole.TREASURER,
                                MemberRole.SECRETARY,
                                MemberRole.BOARD_MEMBER,
                                MemberRole.MEMBER));
            case 7 ->
                model.addAttribute(
                        "kinds",
                        List.of(
                                "NAME_CERTIFICATE",
                                "FOUNDER_ID",
                                "SIGNED_STATUTES",
                                "BANK_CERTIFICATE",
                                "ASSEMBLY_MINUTES",
                                "OTHER"));
            default -> {}
        }
        return "creation/" + STEPS.get(step - 1);
    }

    private String after(UUID id, int step, String then) {
        if ("next".equals(then) && step < STEPS.size()) {
            return "redirect:/creation/" + id + "/step/" + (step + 1);
        }
        if ("next".equals(then)) {
            return "redirect:/creation/" + id;
        }
        return "redirect:/creation/" + id + "/step/" + step + "?saved";
    }

    private CreationRequest readable(UUID id, SignedInUser me) {
        CreationRequest request = requests.find(id).orElseThrow(() -> new NotFoundException("creation.notFound"));
        if (!request.applicantId().equals(me.accountId()) && !access.isRegistrar()) {
            throw new AccessDeniedException("Not the applicant");
        }
        return request;
    }

    private CreationRequest editable(UUID id, SignedInUser me) {
        CreationRequest request = requests.find(id).orElseThrow(() -> new NotFoundException("creation.notFound"));
        if (!request.applicantId().equals(me.accountId())) {
            throw new AccessDeniedException("Not the applicant");
        }
        if (!request.status().editable()) {
            throw new AccessDeniedException("Not editable");
        }
        return request;
    }
}
