package ma.tadamon.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.SearchText;
import ma.tadamon.platform.imports.ImportReport.Problem;
import ma.tadamon.platform.jobs.JobProgress;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.NewActor;
import ma.tadamon.registry.RegistryAccess;
import ma.tadamon.registry.ValueChain;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports actors from a spreadsheet through {@link Actors#register}, so that validation, audit and
 * events are the registry's own. Re-importing is idempotent: a row matches an actor already
 * registered by its registration number or ICE, else by (source, row id) — the row id column, or
 * when there is none, the row's names and commune. A new actor whose name is already used in its
 * commune is created and flagged for review, never merged. A registrar imports within their
 * territory only.
 */
@Service
class ActorImport {

    /** The options chosen on the page before running. */
    record Options(ImportRunner.OnError onError, ActorType defaultType) {}

    private final Actors actors;
    private final RegistryAccess access;
    private final Territories territories;
    private final JdbcClient jdbc;
    private final ImportRunner runner;

    ActorImport(Actors actors, RegistryAccess access, Territories territories, JdbcClient jdbc, ImportRunner runner) {
        this.actors = actors;
        this.access = access;
        this.territories = territories;
        this.jdbc = jdbc;
        this.runner = runner;
    }

    /** The fields that must have a column (one of the two names, value chain, commune). */
    static List<String> missing(List<String> mapping) {
        List<String> missing = new ArrayList<>();
        if (!mapping.contains("nameAr") && !mapping.contains("nameFr")) {
            missing.add("nameFr");
        }
        for (String field : List.of("valueChain", "commune")) {
            if (!mapping.contains(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    ImportOutcome run(ImportFiles.ImportFile file, List<String> mapping, Options options, JobProgress progress) {
        return runner.run(file, mapping, options.onError(), progress, new Rows(file.source(), options.defaultType()));
    }

    /** One import's row handling, with its lookups cached for the length of the file. */
    private final class Rows implements ImportRunner.RowImporter {
        private final String source;
        private final ActorType defaultType;
        private final Map<String, String> valueChains = new HashMap<>();
        private final Map<String, Long> communeCodes = new HashMap<>();
        private final Map<String, Set<Long>> communeNames = new HashMap<>();
        private final Map<Long, Boolean> allowed = new HashMap<>();

        Rows(String source, ActorType defaultType) {
            this.source = source;
            this.defaultType = defaultType;
            for (ValueChain chain : actors.valueChains()) {
                for (String word : new String[] {
                    chain.code(),
                    chain.name().ar(),
                    chain.name().fr(),
                    chain.name().en()
                }) {
                    if (word != null) {
                        valueChains.put(SearchText.normalize(word), chain.code());
                    }
                }
            }
            for (Territory commune : territories.atLevel(TerritoryLevel.COMMUNE)) {
                communeCodes.put(commune.code(), commune.id());
                for (String name :
                        new String[] {commune.name().ar(), commune.name().fr()}) {
                    if (name != null) {
                        communeNames
                                .computeIfAbsent(SearchText.normalize(name), n -> new LinkedHashSet<>())
                                .add(commune.id());
                    }
                }
            }
        }

        @Override
        public String key(ImportRunner.MappedRow row) {
            for (String field : List.of("nameFr", "nameAr", "nameEn", "registrationNumber", "ice", "rowId")) {
                if (!row.get(field).isEmpty()) {
                    return row.get(field);
                }
            }
            return "#" + row.line();
        }

        @Override
        public ImportRunner.Done importRow(ImportRunner.MappedRow row) {
            List<Problem> problems = new ArrayList<>();
            ActorType type = defaultType;
            if (!row.get("type").isEmpty()) {
                type = ImportValues.type(row.get("type")).orElse(null);
                if (type == null) {
                    problems.add(Problem.of("import.error.type", row.get("type")));
                }
            }
            if (row.get("nameAr").isEmpty() && row.get("nameFr").isEmpty()) {
                problems.add(Problem.of("import.error.name"));
            }
            String valueChain = required(row, "valueChain", problems);
            if (valueChain != null) {
                valueChain = valueChains.get(SearchText.normalize(valueChain));
                if (valueChain == null) {
                    problems.add(Problem.of("import.error.valueChain", row.get("valueChain")));
                }
            }
            Long commune = commune(row, problems);
            LocalDate createdOn = date(row, "createdOn", problems);
            LocalDate registrationDate = date(row, "registrationDate", problems);
            BigDecimal latitude = decimal(row, "latitude", problems);
            BigDecimal longitude = decimal(row, "longitude", problems);
            if (commune != null && !allowed.computeIfAbsent(commune, access::canRegisterIn)) {
                problems.add(Problem.of("import.error.territory", row.get("commune")));
            }
            if (!problems.isEmpty() || type == null || valueChain == null || commune == null) {
                throw new ImportRunner.RowRejected(problems);
            }
            String rowId = row.get("rowId").isEmpty()
                    ? "auto:" + String.join("|", normalisedNames(row)) + "@" + commune
                    : row.get("rowId");
            Optional<Actor> existing =
                    actors.findByRegistrationNumberOrIce(row.get("registrationNumber"), row.get("ice"));
            UUID matched = existing.map(Actor::id).orElseGet(() -> bySource(rowId));
            if (matched != null) {
                link(matched, rowId);
                return ImportRunner.Done.matched();
            }
            Actors.Registration registration = actors.register(new NewActor(
                    type,
                    blank(row.get("nameAr")),
                    blank(row.get("nameFr")),
                    blank(row.get("nameEn")),
                    blank(row.get("legalForm")),
                    createdOn,
                    valueChain,
                    commune,
                    blank(row.get("address")),
                    latitude,
                    longitude,
                    blank(row.get("phone")),
                    blank(row.get("email")),
                    blank(row.get("storyAr")),
                    blank(row.get("storyFr")),
                    blank(row.get("registrationNumber")),
                    blank(row.get("registrationAuthority")),
                    registrationDate,
                    blank(row.get("ice")),
                    blank(row.get("rib"))));
            UUID id = registration.id();
            link(id, rowId);
            List<ImportOutcome.Review> reviews = new ArrayList<>();
            String key = key(row);
            registration
                    .warnings()
                    .forEach(w -> reviews.add(new ImportOutcome.Review(row.line(), key, w, List.of(), id)));
            possibleDuplicates(id, commune, row)
                    .forEach((otherId, otherName) -> reviews.add(new ImportOutcome.Review(
                            row.line(), key, "import.review.duplicate", List.of(otherName), otherId)));
            return ImportRunner.Done.made(reviews);
        }

        private @Nullable Long commune(ImportRunner.MappedRow row, List<Problem> problems) {
            String value = required(row, "commune", problems);
            if (value == null) {
                return null;
            }
            Long byCode = communeCodes.get(value);
            if (byCode != null) {
                return byCode;
            }
            Set<Long> byName = communeNames.getOrDefault(SearchText.normalize(value), Set.of());
            if (byName.size() == 1) {
                return byName.iterator().next();
            }
            problems.add(
                    Problem.of(byName.isEmpty() ? "import.error.commune" : "import.error.commune.ambiguous", value));
            return null;
        }

        private @Nullable UUID bySource(String rowId) {
            return jdbc.sql("select party_id from registry_actor_source where source = ? and source_row_id = ?")
                    .params(source, rowId)
                    .query(UUID.class)
                    .optional()
                    .orElse(null);
        }

        private void link(UUID actorId, String rowId) {
            jdbc.sql("""
                            insert into registry_actor_source (party_id, source, source_row_id, imported_at)
                            values (?, ?, ?, ?) on conflict (source, source_row_id) do nothing""")
                    .params(actorId, source, rowId, OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }

        /** Other actors of the commune with one of the same names once normalised: id → their name. */
        private Map<UUID, String> possibleDuplicates(UUID id, long commune, ImportRunner.MappedRow row) {
            Map<UUID, String> found = new HashMap<>();
            for (String name : normalisedNames(row)) {
                jdbc.sql("""
                                select a.party_id, p.name_ar, p.name_fr, p.name_en from registry_actor a
                                join party_party p on p.id = a.party_id
                                where a.commune_id = ? and a.party_id <> ? and a.search_text like ?""")
                        .params(commune, id, "%" + name.replace("%", "\\%").replace("_", "\\_") + "%")
                        .query(rs -> {
                            for (String column : new String[] {"name_ar", "name_fr", "name_en"}) {
                                String other = rs.getString(column);
                                if (other != null && SearchText.normalize(other).equals(name)) {
                                    found.put(rs.getObject("party_id", UUID.class), other);
                                }
                            }
                        });
            }
            return found;
        }
    }

    private static Set<String> normalisedNames(ImportRunner.MappedRow row) {
        Set<String> names = new LinkedHashSet<>();
        for (String field : List.of("nameAr", "nameFr", "nameEn")) {
            if (!row.get(field).isEmpty()) {
                names.add(SearchText.normalize(row.get(field)));
            }
        }
        return names;
    }

    private static @Nullable String required(ImportRunner.MappedRow row, String field, List<Problem> problems) {
        String value = row.get(field);
        if (value.isEmpty()) {
            problems.add(Problem.of("import.error.required", row.column(field)));
            return null;
        }
        return value;
    }

    static @Nullable LocalDate date(ImportRunner.MappedRow row, String field, List<Problem> problems) {
        try {
            return ImportValues.date(row.get(field)).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of("import.error.date", row.column(field), row.get(field)));
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(ImportRunner.MappedRow row, String field, List<Problem> problems) {
        try {
            return ImportValues.decimal(row.get(field)).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of("import.error.decimal", row.column(field), row.get(field)));
            return null;
        }
    }

    private static @Nullable String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
