package ma.tadamon.fairs.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Programme;
import ma.tadamon.fairs.ProgrammeSession;
import ma.tadamon.fairs.Registration;
import ma.tadamon.fairs.Registrations;
import ma.tadamon.party.Parties;
import ma.tadamon.party.Party;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.BaseUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A session's registrations for its organisers: attendance taken on a phone (each checkbox saved
 * as it changes with htmx; without script, the whole list saved at once), everyone marked present,
 * the list as CSV, certificates issued to those present and printed one page each.
 */
@Controller
class ProgrammeAttendanceController {

    static final String BASE = ProgrammeOrganiserController.BASE + "/{sid}";

    private final ProgrammeOrganiserController organiser;
    private final Registrations registrations;
    private final Parties parties;
    private final CertificatePdf certificates;
    private final BaseUrl baseUrl;

    ProgrammeAttendanceController(
            ProgrammeOrganiserController organiser,
            Registrations registrations,
            Parties parties,
            CertificatePdf certificates,
            BaseUrl baseUrl) {
        this.organiser = organiser;
        this.registrations = registrations;
        this.parties = parties;
        this.certificates = certificates;
        this.baseUrl = baseUrl;
    }

    @GetMapping(BASE)
    String session(@PathVariable UUID id, @PathVariable UUID sid, Model model) {
        Edition edition = organiser.organised(id);
        ProgrammeSession session = organiser.sessionOf(edition, sid);
        List<Registration> list = registrations.of(sid);
        model.addAttribute("edition", edition);
        model.addAttribute("slot", session);
        model.addAttribute("registrations", list);
        model.addAttribute("actors", actorNames(list));
        model.addAttribute(
                "present", list.stream().filter(Registration::present).count());
        model.addAttribute(
                "certified", list.stream().filter(Registration::certified).count());
        model.addAttribute("canAttend", !session.day().isAfter(java.time.LocalDate.now(Programme.ZONE)));
        return "fairs/programme-attendance";
    }

    /** One checkbox changed (htmx: the form's checked boxes come along), or the whole list saved. */
    @PostMapping(BASE + "/registrations/{rid}/attendance")
    String one(
            @PathVariable UUID id,
            @PathVariable UUID sid,
            @PathVariable UUID rid,
            @RequestParam(name = "present", required = false) @Nullable List<UUID> present,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        Edition edition = organiser.organised(id);
        organiser.sessionOf(edition, sid);
        boolean isPresent = present != null && present.contains(rid);
        Registration registration;
        try {
            registration = registrations.setAttendance(sid, rid, isPresent);
        } catch (InvalidRequestException e) {
            // Only a registration of this session (of this edition) is shown back.
            registration = registrations
                    .find(rid)
                    .filter(r -> r.sessionId().equals(sid))
                    .orElseThrow(() -> new NotFoundException("fairs.programme.registration.notFound"));
            model.addAttribute("rowError", e.messageKey());
            redirect.addFlashAttribute("error", e.messageKey());
        }
        if (htmx == null) {
            return "redirect:/organise/fairs/" + id + "/programme/" + sid;
        }
        model.addAttribute("edition", edition);
        model.addAttribute("slot", organiser.sessionOf(edition, sid));
        model.addAttribute("registrations", List.of(registration));
        model.addAttribute("actors", actorNames(List.of(registration)));
        model.addAttribute("canAttend", true);
        return "fairs/programme-attendance :: row";
    }

    @PostMapping(BASE + "/attendance")
    String all(
            @PathVariable UUID id,
            @PathVariable UUID sid,
            @RequestParam(name = "present", required = false) @Nullable List<UUID> present,
            RedirectAttributes redirect) {
        Edition edition = organiser.organised(id);
        organiser.sessionOf(edition, sid);
        Set<UUID> chosen = present == null ? Set.of() : new HashSet<>(present);
        try {
            for (Registration r : registrations.of(sid)) {
                if (chosen.contains(r.id()) != r.present() && !(r.certified() && !chosen.contains(r.id()))) {
                    registrations.setAttendance(sid, r.id(), chosen.contains(r.id()));
                }
            }
            redirect.addFlashAttribute("savedAttendance", true);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/organise/fairs/" + id + "/programme/" + sid;
    }

    @PostMapping(BASE + "/attendance/all")
    String allPresent(@PathVariable UUID id, @PathVariable UUID sid, RedirectAttributes redirect) {
        Edition edition = organiser.organised(id);
        organiser.sessionOf(edition, sid);
        try {
            redirect.addFlashAttribute("marked", registrations.markAllPresent(sid));
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/organise/fairs/" + id + "/programme/" + sid;
    }

    @PostMapping(BASE + "/certificates")
    String issue(@PathVariable UUID id, @PathVariable UUID sid, RedirectAttributes redirect) {
        Edition edition = organiser.organised(id);
        organiser.sessionOf(edition, sid);
        try {
            redirect.addFlashAttribute("issued", registrations.issueCertificates(sid));
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/organise/fairs/" + id + "/programme/" + sid;
    }

    @GetMapping(BASE + "/certificates.pdf")
    ResponseEntity<byte[]> allCertificates(@PathVariable UUID id, @PathVariable UUID sid, HttpServletRequest request) {
        Edition edition = organiser.organised(id);
        ProgrammeSession session = organiser.sessionOf(edition, sid);
        List<Registration> certified =
                registrations.of(sid).stream().filter(Registration::certified).toList();
        if (certified.isEmpty()) {
            throw new NotFoundException("fairs.certificate.none");
        }
        return pdf(certificates.render(edition, session, certified, baseUrl.of(request)), "certificates-" + sid);
    }

    @GetMapping(BASE + "/registrations/{rid}/certificate.pdf")
    ResponseEntity<byte[]> certificate(
            @PathVariable UUID id, @PathVariable UUID sid, @PathVariable UUID rid, HttpServletRequest request) {
        Edition edition = organiser.organised(id);
        ProgrammeSession session = organiser.sessionOf(edition, sid);
        Registration registration = registrations
                .find(rid)
                .filter(r -> r.sessionId().equals(sid) && r.certified())
                .orElseThrow(() -> new NotFoundException("fairs.certificate.none"));
        return pdf(
                certificates.render(edition, session, List.of(registration), baseUrl.of(request)),
                "certificate-" + registration.certificateNo());
    }

    @GetMapping(BASE + "/registrations.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable UUID sid) {
        Edition edition = organiser.organised(id);
        organiser.sessionOf(edition, sid);
        List<Registration> list = registrations.of(sid);
        Map<UUID, Party> actors = actorNames(list);
        StringBuilder csv = new StringBuilder(
                "\uFEFFfull_name,phone,email,cooperative,registered_at,present,attended_at,certificate_no,verification_code\r\n");
        DateTimeFormatter at =
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(Programme.ZONE);
        for (Registration r : list) {
            Party actor = r.actorId() == null ? null : actors.get(r.actorId());
            csv.append(String.join(
                            ",",
                            quote(r.fullName()),
                            quote(r.phone()),
                            quote(r.email()),
                            quote(
                                    actor == null
                                            ? null
                                            : actor.name().fr() != null
                                                    ? actor.name().fr()
                                                    : actor.name().ar()),
                            at.format(r.registeredAt()),
                            r.present() ? "yes" : "no",
                            r.attendedAt() == null ? "" : at.format(r.attendedAt()),
                            quote(r.certificateNo()),
                            quote(r.verificationCode())))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("registrations-" + sid + ".csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Map<UUID, Party> actorNames(List<Registration> list) {
        Set<UUID> ids = list.stream()
                .map(Registration::actorId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.isEmpty()
                ? Map.of()
                : parties.findAll(ids).stream().collect(Collectors.toMap(Party::id, Function.identity()));
    }

    /** Quoted, and a leading = + - @ neutralised so a spreadsheet never runs a cell as a formula. */
    static String quote(@Nullable String value) {
        if (value == null) {
            return "";
        }
        boolean formula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("\\+\\d+");
        String safe = formula ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }
}
