package ma.tadamon.identity.internal;

import ma.tadamon.platform.PageResult;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, filterable by entity type and by a word. */
@Controller
class AdminAuditController {

    private final AuditLog audit;

    AdminAuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("type", type);
        model.addAttribute("q", q);
        model.addAttribute("types", audit.entityTypes());
        model.addAttribute("result", audit.search(type, q, PageResult.page(page), PageResult.DEFAULT_SIZE));
        return "admin/audit";
    }
}
