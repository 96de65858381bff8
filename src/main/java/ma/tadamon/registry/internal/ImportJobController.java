package ma.tadamon.registry.internal;

import java.util.UUID;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.jobs.JobView;
import ma.tadamon.platform.jobs.Jobs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progress of an import and, once finished, its report. Only the person who ran it sees it
 * (a members' report names people).
 */
@Controller
class ImportJobController {

    private final Jobs jobs;
    private final JsonMapper json;

    ImportJobController(Jobs jobs, JsonMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    @GetMapping("/registry/import/jobs/{id}")
    String job(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal SignedInUser me,
            Model model) {
        JobView job = jobs.find(id)
                .filter(j ->
                        ImportKind.ofJob(j.kind()).isPresent() && me.accountId().equals(j.createdBy()))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        model.addAttribute("job", job);
        model.addAttribute("kind", ImportKind.ofJob(job.kind()).orElseThrow().name());
        if (!job.running() && job.result() != null && job.status().equals("SUCCEEDED")) {
            model.addAttribute("outcome", json.readValue(job.result(), ImportOutcome.class));
        }
        return htmx != null ? "registry/import-job :: progress" : "registry/import-job";
    }
}
