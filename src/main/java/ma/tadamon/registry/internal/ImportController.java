package ma.tadamon.registry.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.jobs.Jobs;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
 * Importing actors (registrars and admins) or members (an actor's managers, registrars, admins)
 * from a CSV or XLSX file: upload, then a preview with the column mapping guessed from the headers
 * and the options, then a job whose progress and report another page shows. Not under /admin:
 * registrars are not admins; every URL here needs a sign-in.
 */
@Controller
class ImportController {

    static final int PREVIEW_ROWS = 5;
    private static final int SOURCE_MAX = 200;

    private final ImportFiles files;
    private final ActorImport actorImport;
    private final MemberImport memberImport;
    private final Jobs jobs;
    private final RegistryAccess access;
    private final Actors actors;
    private final MessageSource messages;

    ImportController(
            ImportFiles files,
            ActorImport actorImport,
            MemberImport memberImport,
            Jobs jobs,
            RegistryAccess access,
            Actors actors,
            MessageSource messages) {
        this.files = files;
        this.actorImport = actorImport;
        this.memberImport = memberImport;
        this.jobs = jobs;
        this.access = access;
        this.actors = actors;
        this.messages = messages;
    }

    /** The options of the mapping page; the mapping itself comes as one {@code column} value per column. */
    record MappingForm(
            @Nullable String onError,
            @Nullable ActorType defaultType,
            @Nullable String consentPurpose) {}

    @GetMapping("/registry/import/actors")
    String actorsForm(Model model) {
        access.requireRegistrar();
        return uploadPage(ImportKind.ACTORS, null, model);
    }

    @GetMapping("/registry/import/members")
    String membersForm(@RequestParam(required = false) @Nullable UUID actor, Model model) {
        requireMembers(actor);
        return uploadPage(ImportKind.MEMBERS, actor, model);
    }

    @PostMapping("/registry/import/actors")
    String uploadActors(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String source,
            @AuthenticationPrincipal SignedInUser me,
            Model model)
            throws IOException {
        access.requireRegistrar();
        return upload(ImportKind.ACTORS, null, file, source, me, model);
    }

    @PostMapping("/registry/import/members")
    String uploadMembers(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable UUID actor,
            @AuthenticationPrincipal SignedInUser me,
            Model model)
            throws IOException {
        requireMembers(actor);
        return upload(ImportKind.MEMBERS, actor, file, null, me, model);
    }

    @GetMapping("/registry/import/files/{id}")
    String mapping(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model) {
        ImportFiles.ImportFile file = file(id, me);
        Spreadsheets.Preview preview = Spreadsheets.preview(file.content(), file.format(), PREVIEW_ROWS);
        model.addAttribute("form", new MappingForm("SKIP", ActorType.COOPERATIVE, ""));
        return mappingPage(file, preview, ColumnGuess.guess(file.kind(), preview.header(), preview.rows()), model);
    }

    @PostMapping("/registry/import/files/{id}")
    String run(
            @PathVariable UUID id,
            @RequestParam(name = "column", required = false) @Nullable List<String> columns,
            @ModelAttribute("form") MappingForm form,
            BindingResult binding,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale) {
        ImportFiles.ImportFile file = file(id, me);
        Spreadsheets.Preview preview = Spreadsheets.preview(file.content(), file.format(), PREVIEW_ROWS);
        List<String> mapping = mapping(columns, preview.header().size(), file.kind());
        Set<String> seen = new HashSet<>();
        for (String field : mapping) {
            if (!field.isEmpty() && !seen.add(field)) {
                binding.reject("import.mapping.twice", new Object[] {label(field, locale)}, "import.mapping.twice");
            }
        }
        List<String> missing = file.kind() == ImportKind.ACTORS
                ? ActorImport.missing(mapping)
                : MemberImport.missing(mapping, file.actorId());
        if (!missing.isEmpty()) {
            String labels = missing.stream().map(f -> label(f, locale)).collect(Collectors.joining(", "));
            binding.reject("import.mapping.missing", new Object[] {labels}, "import.mapping.missing");
        }
        String consent =
                form.consentPurpose() == null ? "" : form.consentPurpose().trim();
        if (file.kind() == ImportKind.MEMBERS && consent.isEmpty()) {
            binding.rejectValue("consentPurpose", "validation.member.consent");
        }
        if (binding.hasErrors()) {
            return mappingPage(file, preview, mapping, model);
        }
        ImportRunner.OnError onError =
                "BLOCK".equals(form.onError()) ? ImportRunner.OnError.BLOCK : ImportRunner.OnError.SKIP;
        UUID job;
        if (file.kind() == ImportKind.ACTORS) {
            ActorType type = form.defaultType() == null ? ActorType.COOPERATIVE : form.defaultType();
            ActorImport.Options options = new ActorImport.Options(onError, type);
            job = jobs.start(
                    file.kind().jobKind, me.accountId(), progress -> actorImport.run(file, mapping, options, progress));
        } else {
            MemberImport.Options options = new MemberImport.Options(onError, consent, file.actorId());
            job = jobs.start(
                    file.kind().jobKind,
                    me.accountId(),
                    progress -> memberImport.run(file, mapping, options, progress));
        }
        return "redirect:/registry/import/jobs/" + job;
    }

    private String upload(
            ImportKind kind,
            @Nullable UUID actor,
            MultipartFile file,
            @Nullable String source,
            SignedInUser me,
            Model model)
            throws IOException {
        String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        // some browsers send the whole path: keep the file's own name
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .trim();
        if (name.isEmpty()) {
            name = "import";
        }
        byte[] bytes = file.getBytes();
        Optional<Spreadsheets.Format> format = Spreadsheets.Format.of(name, bytes);
        String error = null;
        if (file.isEmpty()) {
            error = "import.error.empty";
        } else if (format.isEmpty()) {
            error = "import.error.format";
        } else if (format.get() == Spreadsheets.Format.CSV && !Spreadsheets.utf8(bytes)) {
            error = "import.error.encoding";
        } else {
            try {
                if (Spreadsheets.preview(bytes, format.get(), 1).header().isEmpty()) {
                    error = "import.error.noRows";
                }
            } catch (Spreadsheets.UnreadableException e) {
                error = e.messageKey();
            }
        }
        if (error != null || format.isEmpty()) {
            model.addAttribute("fileError", error);
            model.addAttribute("source", source);
            return uploadPage(kind, actor, model);
        }
        String label = source == null || source.isBlank() ? name : source.trim();
        UUID id = files.store(
                kind,
                me.accountId(),
                actor,
                name,
                label.length() > SOURCE_MAX ? label.substring(0, SOURCE_MAX) : label,
                format.get(),
                bytes);
        return "redirect:/registry/import/files/" + id;
    }

    private String uploadPage(ImportKind kind, @Nullable UUID actor, Model model) {
        model.addAttribute("kind", kind.name());
        model.addAttribute("actor", actor == null ? null : actors.find(actor).orElse(null));
        return "registry/import";
    }

    private String mappingPage(
            ImportFiles.ImportFile file, Spreadsheets.Preview preview, List<String> mapping, Model model) {
        List<List<String>> rows = preview.rows().stream()
                .map(r -> Spreadsheets.padded(r, preview.header().size()))
                .toList();
        model.addAttribute("file", file);
        model.addAttribute("kind", file.kind().name());
        model.addAttribute("header", preview.header());
        model.addAttribute("rows", rows);
        model.addAttribute("mapping", mapping);
        model.addAttribute("fields", file.kind().fieldNames());
        model.addAttribute("types", ActorType.values());
        model.addAttribute(
                "actor",
                file.actorId() == null ? null : actors.find(file.actorId()).orElse(null));
        return "registry/import-mapping";
    }

    /** The posted mapping, one known field or "" per column of the header. */
    private static List<String> mapping(@Nullable List<String> columns, int size, ImportKind kind) {
        List<String> known = kind.fieldNames();
        List<String> mapping = new ArrayList<>();
        for (int c = 0; c < size; c++) {
            String field = columns != null && c < columns.size() ? columns.get(c) : ColumnGuess.IGNORE;
            mapping.add(known.contains(field) ? field : ColumnGuess.IGNORE);
        }
        return mapping;
    }

    private ImportFiles.ImportFile file(UUID id, SignedInUser me) {
        ImportFiles.ImportFile file =
                files.find(id, me.accountId()).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (file.kind() == ImportKind.ACTORS) {
            access.requireRegistrar();
        } else {
            requireMembers(file.actorId());
        }
        return file;
    }

    /** Members of one actor: its managers; of any actor named in the file: a registrar. */
    private void requireMembers(@Nullable UUID actor) {
        if (actor == null) {
            access.requireRegistrar();
        } else {
            actors.find(actor).orElseThrow(() -> new NotFoundException("actor.notFound"));
            access.requireManage(actor);
        }
    }

    private String label(String field, Locale locale) {
        return messages.getMessage("import.field." + field, null, field, locale);
    }
}
