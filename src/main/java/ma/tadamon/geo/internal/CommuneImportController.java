package ma.tadamon.geo.internal;

import java.io.IOException;
import java.util.UUID;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditActor;
import ma.tadamon.platform.imports.ImportReport;
import ma.tadamon.platform.jobs.JobView;
import ma.tadamon.platform.jobs.Jobs;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** Admin upload of the commune list; the import runs as a job whose progress the page polls. */
@Controller
class CommuneImportController {

    static final String JOB_KIND = "geo.commune-import";

    private final CommuneImport communeImport;
    private final Jobs jobs;
    private final JsonMapper json;

    CommuneImportController(CommuneImport communeImport, Jobs jobs, JsonMapper json) {
        this.communeImport = communeImport;
        this.jobs = jobs;
        this.json = json;
    }

    @GetMapping("/admin/territories/import")
    String form(Model model) {
        model.addAttribute(
                "columns", String.join(",", CommuneImport.REQUIRED_COLUMNS) + ",kind,name_en,latitude,longitude");
        return "geo/import";
    }

    @PostMapping("/admin/territories/import")
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuditActor me, Model model)
            throws IOException {
        if (file.isEmpty()) {
            model.addAttribute(
                    "columns", String.join(",", CommuneImport.REQUIRED_COLUMNS) + ",kind,name_en,latitude,longitude");
            model.addAttribute("fileError", "import.error.empty");
            return "geo/import";
        }
        byte[] bytes = file.getBytes();
        String name = file.getOriginalFilename() == null ? "communes.csv" : file.getOriginalFilename();
        UUID job = jobs.start(JOB_KIND, me.accountId(), progress -> communeImport.run(bytes, name, progress));
        return "redirect:/admin/territories/import/" + job;
    }

    @GetMapping("/admin/territories/import/{id}")
    String job(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        JobView job = jobs.find(id)
                .filter(j -> j.kind().equals(JOB_KIND))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        model.addAttribute("job", job);
        if (!job.running() && job.result() != null && job.status().equals("SUCCEEDED")) {
            model.addAttribute("report", json.readValue(job.result(), ImportReport.class));
        }
        return htmx != null ? "geo/import-job :: progress" : "geo/import-job";
    }
}
