package ma.tadamon.fairs.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.NewRegistration;
import ma.tadamon.fairs.Programme;
import ma.tadamon.fairs.ProgrammeSession;
import ma.tadamon.fairs.Registration;
import ma.tadamon.fairs.Registrations;
import ma.tadamon.fairs.SessionKind;
import ma.tadamon.fairs.SessionStatus;
import ma.tadamon.identity.Account;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.party.Parties;
import ma.tadamon.party.Party;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.BaseUrl;
import ma.tadamon.platform.web.FormErrors;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public programme of an edition, by day, with a registration form for each open session that
 * works without an account (prefilled for the signed in), a calendar file per session, and the
 * public verification of certificates.
 */
@Controller
class ProgrammePublicController {

    static final String BASE = "/fairs/{slug}/programme";

    record RegistrationForm(
            @Nullable String fullName,
            @Nullable String phone,
            @Nullable String email,
            @Nullable UUID actorId) {}

    private final Editions editions;
    private final Programme programme;
    private final Registrations registrations;
    private final Accounts accounts;
    private final Parties parties;
    private final BaseUrl baseUrl;

    ProgrammePublicController(
            Editions editions,
            Programme programme,
            Registrations registrations,
            Accounts accounts,
            Parties parties,
            BaseUrl baseUrl) {
        this.editions = editions;
        this.programme = programme;
        this.registrations = registrations;
        this.accounts = accounts;
        this.parties = parties;
        this.baseUrl = baseUrl;
    }

    @GetMapping(BASE)
    String programme(
            @PathVariable String slug, @RequestParam(required = false) @Nullable SessionKind kind, Model model) {
        Edition edition = published(slug);
        List<ProgrammeSession> sessions = programme.published(edition.id()).stream()
                .filter(s -> kind == null || s.kind() == kind)
                .toList();
        model.addAttribute("edition", edition);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute(
                "days",
                ProgrammeOrganiserController.byDay(edition, sessions).entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .toList());
        model.addAttribute("now", Programme.now());
        model.addAttribute("registrable", edition.status() != EditionStatus.CLOSED);
        return "fairs/programme-public";
    }

    @GetMapping(BASE + "/{sid}")
    String session(@PathVariable String slug, @PathVariable UUID sid, Model model) {
        Edition edition = published(slug);
        ProgrammeSession session = publicSession(edition, sid);
        return sessionPage(edition, session, prefilled(), model);
    }

    @PostMapping(BASE + "/{sid}/register")
    String register(
            @PathVariable String slug,
            @PathVariable UUID sid,
            @ModelAttribute("form") RegistrationForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Edition edition = published(slug);
        ProgrammeSession session = publicSession(edition, sid);
        if (!binding.hasErrors()) {
            SignedInUser user = RegistryAccess.currentUser();
            UUID actorId = form.actorId() != null && myActors().stream().anyMatch(p -> p.id().equals(form.actorId()))
                    ? form.actorId()
                    : null;
            try {
                Registration registration = registrations.register(
                        sid,
                        new NewRegistration(
                                form.fullName() == null ? "" : form.fullName(),
                                form.phone(),
                                form.email(),
                                actorId,
                                user == null ? null : user.accountId(),
                                locale.getLanguage()));
                redirect.addFlashAttribute("registered", registration.id());
                return "redirect:/fairs/" + slug + "/programme/" + sid + "/registered";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return sessionPage(edition, programme.get(sid), form, model);
    }

    /** The confirmation, shown once after registering (the registration's id comes as a flash attribute). */
    @GetMapping(BASE + "/{sid}/registered")
    String registered(@PathVariable String slug, @PathVariable UUID sid, Model model) {
        Edition edition = published(slug);
        ProgrammeSession session = publicSession(edition, sid);
        Object id = model.getAttribute("registered");
        if (!(id instanceof UUID registrationId)) {
            return "redirect:/fairs/" + slug + "/programme/" + sid;
        }
        Registration registration = registrations.get(registrationId);
        model.addAttribute("edition", edition);
        model.addAttribute("slot", session);
        model.addAttribute("registration", registration);
        return "fairs/programme-registered";
    }

    @GetMapping(BASE + "/{sid}/calendar.ics")
    ResponseEntity<byte[]> calendar(
            @PathVariable String slug, @PathVariable UUID sid, Locale locale, HttpServletRequest request) {
        Edition edition = published(slug);
        ProgrammeSession session = publicSession(edition, sid);
        String url = baseUrl.of(request) + "/fairs/" + slug + "/programme/" + sid;
        String ics = Calendar.event(session, edition, locale, url);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("session-" + sid + ".ics")
                                .build()
                                .toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/fairs/certificates")
    String lookup(@RequestParam(required = false) @Nullable String code, Model model) {
        if (code != null && !code.isBlank()) {
            return "redirect:/fairs/certificates/"
                    + code.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
        }
        model.addAttribute("code", "");
        return "fairs/programme-certificate";
    }

    @GetMapping("/fairs/certificates/{code}")
    String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        model.addAttribute("code", code);
        registrations
                .certificate(code)
                .ifPresentOrElse(
                        r -> {
                            ProgrammeSession session = programme.get(r.sessionId());
                            model.addAttribute("certificate", r);
                            model.addAttribute("slot", session);
                            model.addAttribute("edition", editions.get(session.editionId()));
                        },
                        () -> response.setStatus(HttpServletResponse.SC_NOT_FOUND));
        return "fairs/programme-certificate";
    }

    private String sessionPage(Edition edition, ProgrammeSession session, RegistrationForm form, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("slot", session);
        model.addAttribute("form", form);
        model.addAttribute("actors", myActors());
        model.addAttribute(
                "open", edition.status() != EditionStatus.CLOSED && session.takesRegistrationsAt(Programme.now()));
        return "fairs/programme-session";
    }

    private RegistrationForm prefilled() {
        SignedInUser user = RegistryAccess.currentUser();
        if (user == null) {
            return new RegistrationForm("", "", "", null);
        }
        Account account = accounts.find(user.accountId()).orElse(null);
        List<Party> mine = myActors();
        return new RegistrationForm(
                user.displayName(),
                account == null || account.phone() == null ? "" : account.phone(),
                account == null || account.email() == null ? "" : account.email(),
                mine.isEmpty() ? null : mine.get(0).id());
    }

    /** The organisations the signed-in person works for (as manager or member): who they may say they come for. */
    private List<Party> myActors() {
        SignedInUser user = RegistryAccess.currentUser();
        if (user == null) {
            return List.of();
        }
        List<UUID> ids = user.grants().stream()
                .filter(g -> g.partyId() != null
                        && (g.role().equals(Roles.COOP_MANAGER) || g.role().equals(Roles.MEMBER)))
                .map(g -> g.partyId())
                .distinct()
                .toList();
        return ids.isEmpty() ? List.of() : parties.findAll(ids);
    }

    private Edition published(String slug) {
        return editions.findBySlug(slug)
                .filter(e -> e.status() != EditionStatus.PLANNED)
                .orElseThrow(() -> new NotFoundException("edition.notFound"));
    }

    private ProgrammeSession publicSession(Edition edition, UUID sid) {
        return programme
                .find(sid)
                .filter(s -> s.editionId().equals(edition.id()) && s.status() != SessionStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("fairs.programme.notFound"));
    }
}
