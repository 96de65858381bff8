package ma.tadamon.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.SearchText;
import ma.tadamon.platform.imports.ImportReport.Problem;
import ma.tadamon.platform.jobs.JobProgress;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.MemberRole;
import ma.tadamon.registry.Members;
import ma.tadamon.registry.NewMember;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports members from a spreadsheet through {@link Members#add}, so that validation, audit, the
 * women-led and youth-led flags and the events are the registry's own. Each row names its actor by
 * registration number, ICE or id (or the actor chosen on the page); the person importing must be
 * allowed to manage that actor. The purpose of processing chosen on the page is recorded as every
 * member's consent. A row whose person is already a current member (same national ID, or same name
 * and birth year) changes nothing, so a file can be imported again.
 */
@Service
class MemberImport {

    /** The options chosen on the page before running. */
    record Options(
            ImportRunner.OnError onError,
            String consentPurpose,
            @Nullable UUID actorId) {}

    private final Actors actors;
    private final Members members;
    private final RegistryAccess access;
    private final JdbcClient jdbc;
    private final ImportRunner runner;

    MemberImport(Actors actors, Members members, RegistryAccess access, JdbcClient jdbc, ImportRunner runner) {
        this.actors = actors;
        this.members = members;
        this.access = access;
        this.jdbc = jdbc;
        this.runner = runner;
    }

    /** The fields that must have a column; the actor's only when none was chosen on the page. */
    static List<String> missing(List<String> mapping, @Nullable UUID presetActor) {
        List<String> missing = new ArrayList<>();
        for (String field : List.of("actor", "fullName", "gender", "joinedOn")) {
            if (!mapping.contains(field) && !(field.equals("actor") && presetActor != null)) {
                missing.add(field);
            }
        }
        return missing;
    }

    ImportOutcome run(ImportFiles.ImportFile file, List<String> mapping, Options options, JobProgress progress) {
        return runner.run(file, mapping, options.onError(), progress, new Rows(options));
    }

    private final class Rows implements ImportRunner.RowImporter {
        private final Options options;
        private final Map<String, Optional<Actor>> actorsByReference = new HashMap<>();
        private final Map<UUID, Boolean> allowed = new HashMap<>();

        Rows(Options options) {
            this.options = options;
        }

        @Override
        public String key(ImportRunner.MappedRow row) {
            String name = fullName(row);
            return name.isEmpty() ? "#" + row.line() : name;
        }

        @Override
        public ImportRunner.Done importRow(ImportRunner.MappedRow row) {
            List<Problem> problems = new ArrayList<>();
            UUID actorId = actor(row, problems);
            String name = fullName(row);
            if (name.isEmpty()) {
                problems.add(Problem.of("import.error.required", row.column("fullName")));
            }
            String gender = null;
            if (row.get("gender").isEmpty()) {
                problems.add(Problem.of("import.error.required", row.column("gender")));
            } else {
                gender = ImportValues.gender(row.get("gender")).orElse(null);
                if (gender == null) {
                    problems.add(Problem.of("import.error.gender", row.get("gender")));
                }
            }
            Integer birthYear = null;
            if (!row.get("birthYear").isEmpty()) {
                try {
                    birthYear = ImportValues.year(row.get("birthYear")).orElse(null);
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.of("import.error.year", row.get("birthYear")));
                }
            }
            MemberRole role = ImportValues.role(row.get("role")).orElse(null);
            if (role == null) {
                problems.add(Problem.of("import.error.role", row.get("role")));
            }
            LocalDate joinedOn = ActorImport.date(row, "joinedOn", problems);
            if (joinedOn == null && row.get("joinedOn").isEmpty()) {
                problems.add(Problem.of("import.error.required", row.column("joinedOn")));
            }
            if (!problems.isEmpty() || actorId == null || gender == null || role == null || joinedOn == null) {
                throw new ImportRunner.RowRejected(problems);
            }
            String cin = row.get("nationalId").isEmpty()
                    ? null
                    : row.get("nationalId").toUpperCase(Locale.ROOT).replace(" ", "");
            if (alreadyMember(actorId, name, birthYear, cin)) {
                return ImportRunner.Done.matched();
            }
            members.add(
                    actorId,
                    new NewMember(
                            name,
                            gender,
                            birthYear,
                            cin,
                            row.get("phone").isEmpty() ? null : row.get("phone"),
                            role,
                            joinedOn,
                            options.consentPurpose()));
            return ImportRunner.Done.made(List.of());
        }

        private @Nullable UUID actor(ImportRunner.MappedRow row, List<Problem> problems) {
            String reference = row.get("actor");
            if (reference.isEmpty()) {
                if (options.actorId() == null) {
                    problems.add(Problem.of("import.error.required", row.column("actor")));
                }
                return options.actorId();
            }
            Optional<Actor> actor = actorsByReference.computeIfAbsent(reference, this::find);
            if (actor.isEmpty()) {
                problems.add(Problem.of("import.error.actor", reference));
                return null;
            }
            UUID id = actor.get().id();
            if (!allowed.computeIfAbsent(id, access::canManage)) {
                problems.add(Problem.of("import.error.actor.notAllowed", reference));
                return null;
            }
            return id;
        }

        private Optional<Actor> find(String reference) {
            try {
                return actors.find(UUID.fromString(reference));
            } catch (IllegalArgumentException notAnId) {
                return actors.findByRegistrationNumberOrIce(reference, reference);
            }
        }

        private boolean alreadyMember(UUID actorId, String name, @Nullable Integer birthYear, @Nullable String cin) {
            if (cin != null) {
                return jdbc.sql("select count(*) from registry_member where actor_id = ? and left_on is null"
                                        + " and national_id = ?")
                                .params(actorId, cin)
                                .query(Long.class)
                                .single()
                        > 0;
            }
            String normalised = SearchText.normalize(name);
            return jdbc
                    .sql("select full_name from registry_member where actor_id = ? and left_on is null"
                            + " and birth_year is not distinct from cast(? as int)")
                    .params(actorId, birthYear)
                    .query(String.class)
                    .list()
                    .stream()
                    .anyMatch(other -> SearchText.normalize(other).equals(normalised));
        }
    }

    private static String fullName(ImportRunner.MappedRow row) {
        return (row.get("firstName") + " " + row.get("fullName")).trim();
    }
}
