package ma.tadamon.registry.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.Governance;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** General assemblies, the board's history and the yearly obligations checklist of an actor. */
@Controller
class ManageGovernanceController {

    private final Actors actors;
    private final Governance governance;
    private final RegistryAccess access;

    ManageGovernanceController(Actors actors, Governance governance, RegistryAccess access) {
        this.actors = actors;
        this.governance = governance;
        this.access = access;
    }

    @GetMapping("/manage/{id}/governance")
    String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year, Model model) {
        access.requireManage(id);
        return page(id, year == null ? LocalDate.now().getYear() - 1 : year, model);
    }

    @PostMapping("/manage/{id}/assemblies")
    String assembly(
            @PathVariable UUID id,
            @RequestParam String kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) @Nullable Integer fiscalYear,
            @RequestParam int membersPresent,
            @RequestParam(required = false) @Nullable String decisions,
            @RequestParam(value = "minutes", required = false) @Nullable MultipartFile minutes,
            Model model)
            throws IOException {
        access.requireManage(id);
        try {
            boolean hasMinutes = minutes != null && !minutes.isEmpty();
            governance.recordAssembly(
                    id,
                    kind,
                    heldOn,
                    fiscalYear,
                    membersPresent,
                    decisions,
                    hasMinutes ? minutes.getOriginalFilename() : null,
                    hasMinutes ? minutes.getBytes() : null);
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e);
            return page(id, LocalDate.now().getYear() - 1, model);
        }
        return "redirect:/manage/" + id + "/governance";
    }

    @PostMapping("/manage/{id}/obligations")
    String done(
            @PathVariable UUID id,
            @RequestParam int year,
            @RequestParam String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        access.requireManage(id);
        governance.markDone(id, year, code, on, null);
        return "redirect:/manage/" + id + "/governance?year=" + year;
    }

    @GetMapping("/manage/{id}/assemblies/{assemblyId}/minutes")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id, @PathVariable UUID assemblyId) {
        access.requireManage(id);
        byte[] content = governance.minutes(id, assemblyId).orElseThrow(() -> new NotFoundException("error.notFound"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"minutes-" + assemblyId + "\"")
                .body(content);
    }

    private String page(UUID id, int year, Model model) {
        model.addAttribute("actor", actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound")));
        model.addAttribute("section", "governance");
        model.addAttribute("assemblies", governance.assemblies(id));
        model.addAttribute("board", governance.boardHistory(id));
        model.addAttribute("year", year);
        model.addAttribute("obligations", governance.obligations(id, year));
        model.addAttribute("today", LocalDate.now());
        return "manage/governance";
    }
}
