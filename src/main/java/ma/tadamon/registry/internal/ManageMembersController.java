package ma.tadamon.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.MemberRole;
import ma.tadamon.registry.Members;
import ma.tadamon.registry.NewMember;
import ma.tadamon.registry.RegistryAccess;
import ma.tadamon.registry.ShareRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members and the share-capital register, for the actor's managers and the registrar. Personal data
 * is shown only here; every reading is logged (Law 09-08), and a member's data can be exported or
 * erased on request.
 */
@Controller
class ManageMembersController {

    private final Actors actors;
    private final Members members;
    private final ShareRegister shares;
    private final RegistryAccess access;

    ManageMembersController(Actors actors, Members members, ShareRegister shares, RegistryAccess access) {
        this.actors = actors;
        this.members = members;
        this.shares = shares;
        this.access = access;
    }

    @GetMapping("/manage/{id}/members")
    String list(@PathVariable UUID id, Model model) {
        access.requireManage(id);
        model.addAttribute("form", new MemberForm("", "", null, null, null, MemberRole.MEMBER, LocalDate.now(), ""));
        return page(id, model);
    }

    @PostMapping("/manage/{id}/members")
    String add(
            @PathVariable UUID id, @ModelAttribute("form") MemberForm form, Model model, RedirectAttributes redirect) {
        access.requireManage(id);
        try {
            members.add(id, form.toNewMember());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/manage/" + id + "/members";
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e);
            return page(id, model);
        }
    }

    @PostMapping("/manage/{id}/members/{memberId}/leave")
    String leave(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        access.requireManage(id);
        members.leave(id, memberId, on);
        return "redirect:/manage/" + id + "/members";
    }

    @PostMapping("/manage/{id}/members/{memberId}/role")
    String role(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam MemberRole role,
            RedirectAttributes redirect) {
        access.requireManage(id);
        try {
            members.changeRole(id, memberId, role, LocalDate.now());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/manage/" + id + "/members";
    }

    @PostMapping("/manage/{id}/members/{memberId}/erase")
    String erase(
            @PathVariable UUID id, @PathVariable UUID memberId, @RequestParam(defaultValue = "false") boolean confirm) {
        access.requireManage(id);
        if (!confirm) {
            return "redirect:/manage/" + id + "/members";
        }
        members.erase(id, memberId);
        return "redirect:/manage/" + id + "/members?erased";
    }

    @GetMapping("/manage/{id}/members/{memberId}/data")
    ResponseEntity<Map<String, Object>> data(@PathVariable UUID id, @PathVariable UUID memberId) {
        access.requireManage(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"member-" + memberId + ".json\"")
                .body(members.personalData(id, memberId));
    }

    @GetMapping("/manage/{id}/shares")
    String shares(@PathVariable UUID id, Model model) {
        access.requireManage(id);
        return sharesPage(id, model);
    }

    @PostMapping("/manage/{id}/shares")
    String move(
            @PathVariable UUID id,
            @RequestParam String kind,
            @RequestParam UUID memberId,
            @RequestParam(required = false) @Nullable UUID toMemberId,
            @RequestParam(defaultValue = "0") int count,
            @RequestParam(required = false) @Nullable BigDecimal amount,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        access.requireManage(id);
        try {
            switch (kind) {
                case "SUBSCRIPTION" -> shares.subscribe(id, memberId, count, on);
                case "PAYMENT" -> shares.pay(id, memberId, amount == null ? BigDecimal.ZERO : amount, on);
                case "TRANSFER" -> shares.transfer(id, memberId, toMemberId == null ? memberId : toMemberId, count, on);
                case "EXIT" -> shares.exit(id, memberId, count, amount == null ? BigDecimal.ZERO : amount, on);
                default -> throw new InvalidRequestException("kind", "validation.shares.kind");
            }
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e);
            return sharesPage(id, model);
        }
        return "redirect:/manage/" + id + "/shares";
    }

    private String page(UUID id, Model model) {
        model.addAttribute("actor", actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound")));
        model.addAttribute("section", "members");
        model.addAttribute("members", members.current(id));
        model.addAttribute("roles", MemberRole.values());
        return "manage/members";
    }

    private String sharesPage(UUID id, Model model) {
        model.addAttribute("actor", actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound")));
        model.addAttribute("section", "shares");
        model.addAttribute("members", members.current(id));
        model.addAttribute("holdings", shares.holdings(id));
        model.addAttribute("movements", shares.movements(id));
        model.addAttribute("today", LocalDate.now());
        return "manage/shares";
    }

    record MemberForm(
            String fullName,
            String gender,
            @Nullable Integer birthYear,
            @Nullable String nationalId,
            @Nullable String phone,
            MemberRole role,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
            String consentPurpose) {
        NewMember toNewMember() {
            return new NewMember(
                    fullName,
                    gender,
                    birthYear,
                    nationalId,
                    phone,
                    role,
                    joinedOn == null ? LocalDate.now() : joinedOn,
                    consentPurpose);
        }
    }
}
