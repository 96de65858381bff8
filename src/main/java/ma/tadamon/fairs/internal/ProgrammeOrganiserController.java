package ma.tadamon.fairs.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.fairs.NewSession;
import ma.tadamon.fairs.Programme;
import ma.tadamon.fairs.ProgrammeClashes;
import ma.tadamon.fairs.ProgrammeFigures;
import ma.tadamon.fairs.ProgrammeSession;
import ma.tadamon.fairs.SessionKind;
import ma.tadamon.fairs.SessionTopic;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' programme: sessions by day with clashes of space pointed out, adding, changing,
 * cancelling sessions and publishing the drafts.
 */
@Controller
class ProgrammeOrganiserController {

    static final String BASE = "/organise/fairs/{id}/programme";

    private final Editions editions;
    private final Programme programme;
    private final ProgrammeFigures figures;
    private final FairsAccess access;

    ProgrammeOrganiserController(Editions editions, Programme programme, ProgrammeFigures figures, FairsAccess access) {
        this.editions = editions;
        this.programme = programme;
        this.figures = figures;
        this.access = access;
    }

    @GetMapping(BASE)
    String programme(@PathVariable UUID id, Model model) {
        Edition edition = organised(id);
        List<ProgrammeSession> sessions = programme.of(id);
        List<ProgrammeClashes.Clash> clashes = ProgrammeClashes.in(sessions);
        model.addAttribute("edition", edition);
        model.addAttribute("days", byDay(edition, sessions));
        model.addAttribute("clashes", clashes);
        model.addAttribute(
                "clashing",
                clashes.stream()
                        .flatMap(c -> java.util.stream.Stream.of(
                                c.first().id(), c.second().id()))
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute(
                "drafts",
                sessions.stream()
                        .filter(s -> s.status() == ma.tadamon.fairs.SessionStatus.DRAFT)
                        .count());
        model.addAttribute("figures", figures.of(id));
        return "fairs/programme-organise";
    }

    @GetMapping(BASE + "/new")
    String newSession(@PathVariable UUID id, Model model) {
        Edition edition = organised(id);
        LocalDate today = LocalDate.now(Programme.ZONE);
        LocalDate day =
                today.isAfter(edition.startsOn()) && !today.isAfter(edition.endsOn()) ? today : edition.startsOn();
        return form(edition, null, SessionForm.blank(day), model);
    }

    @PostMapping(BASE)
    String create(
            @PathVariable UUID id,
            @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Edition edition = organised(id);
        if (!binding.hasErrors()) {
            try {
                NewSession session = form.toSession();
                UUID sid = programme.create(id, session);
                redirect.addFlashAttribute("saved", sid);
                return "redirect:/organise/fairs/" + id + "/programme#s-" + sid;
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return form(edition, null, form, model);
    }

    @GetMapping(BASE + "/{sid}/edit")
    String edit(@PathVariable UUID id, @PathVariable UUID sid, Model model) {
        Edition edition = organised(id);
        ProgrammeSession session = sessionOf(edition, sid);
        return form(edition, session, SessionForm.of(session), model);
    }

    @PostMapping(BASE + "/{sid}")
    String update(
            @PathVariable UUID id,
            @PathVariable UUID sid,
            @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Edition edition = organised(id);
        ProgrammeSession session = sessionOf(edition, sid);
        if (!binding.hasErrors()) {
            try {
                programme.update(sid, form.toSession());
                redirect.addFlashAttribute("saved", sid);
                return "redirect:/organise/fairs/" + id + "/programme#s-" + sid;
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return form(edition, session, form, model);
    }

    @PostMapping(BASE + "/{sid}/cancel")
    String cancel(@PathVariable UUID id, @PathVariable UUID sid, RedirectAttributes redirect) {
        Edition edition = organised(id);
        sessionOf(edition, sid);
        Programme.Cancellation done = programme.cancel(sid);
        redirect.addFlashAttribute("cancelled", done.name());
        return "redirect:/organise/fairs/" + id + "/programme";
    }

    @PostMapping(BASE + "/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        organised(id);
        redirect.addFlashAttribute("published", programme.publishDrafts(id));
        return "redirect:/organise/fairs/" + id + "/programme";
    }

    private String form(Edition edition, ProgrammeSession session, SessionForm form, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("slot", session);
        model.addAttribute("form", form);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("topics", SessionTopic.values());
        model.addAttribute("languages", NewSession.LANGUAGES);
        model.addAttribute(
                "spaces",
                programme.of(edition.id()).stream()
                        .map(ProgrammeSession::space)
                        .distinct()
                        .sorted()
                        .toList());
        return "fairs/programme-session-form";
    }

    Edition organised(UUID id) {
        Edition edition = editions.find(id).orElseThrow(() -> new NotFoundException("edition.notFound"));
        access.requireOrganise(edition);
        return edition;
    }

    ProgrammeSession sessionOf(Edition edition, UUID sid) {
        return programme
                .find(sid)
                .filter(s -> s.editionId().equals(edition.id()))
                .orElseThrow(() -> new NotFoundException("fairs.programme.notFound"));
    }

    /** Every day of the edition, in order, with its sessions (days without any included: room to plan). */
    static Map<LocalDate, List<ProgrammeSession>> byDay(Edition edition, List<ProgrammeSession> sessions) {
        Map<LocalDate, List<ProgrammeSession>> days = new LinkedHashMap<>();
        for (LocalDate day : edition.days()) {
            days.put(day, new java.util.ArrayList<>());
        }
        for (ProgrammeSession s : sessions) {
            days.computeIfAbsent(s.day(), d -> new java.util.ArrayList<>()).add(s);
        }
        return days;
    }
}
