package ma.tadamon.geo.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.platform.imports.CsvReader;
import ma.tadamon.platform.imports.ImportReport;
import ma.tadamon.platform.imports.ImportReport.Problem;
import ma.tadamon.platform.jobs.JobProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the full list of communes from CSV ({@code code,parent_code,kind,name_ar,name_fr,name_en,
 * latitude,longitude}; a {@code level} column, if present, must say COMMUNE). Valid rows are created
 * or updated by official code; invalid ones are reported with every reason and change nothing.
 * Rows are committed in batches so a failure late in a file keeps what was saved.
 */
@Service
class CommuneImport {

    static final List<String> REQUIRED_COLUMNS = List.of("code", "parent_code", "name_ar", "name_fr");
    private static final Pattern CODE = Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{2}\\.\\d{1,3}");
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final Territories territories;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    CommuneImport(JdbcClient jdbc, Territories territories, AuditLog audit, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.audit = audit;
        this.transactions = transactions;
    }

    ImportReport run(byte[] csv, String fileName, JobProgress progress) {
        ImportReport.Builder report = new ImportReport.Builder();
        CsvReader.Table table;
        try {
            table = CsvReader.read(csv);
        } catch (IllegalArgumentException e) {
            report.reject(0, fileName, List.of(Problem.of("import.error.encoding")));
            return report.build();
        }
        List<String> missing = REQUIRED_COLUMNS.stream()
                .filter(c -> !table.header().contains(c))
                .toList();
        if (!missing.isEmpty()) {
            report.reject(1, fileName, List.of(Problem.of("import.error.columns", String.join(", ", missing))));
            return report.build();
        }
        progress.total(table.rows().size());
        Map<String, Territory> provinces = territories.atLevel(TerritoryLevel.PROVINCE).stream()
                .collect(Collectors.toMap(Territory::code, t -> t));
        Set<String> seen = new HashSet<>();
        List<ValidRow> batch = new ArrayList<>();
        for (CsvReader.Row row : table.rows()) {
            List<Problem> problems = new ArrayList<>();
            ValidRow valid = validate(row, provinces, seen, problems);
            if (valid == null) {
                report.reject(row.line(), row.get("code"), problems);
            } else {
                batch.add(valid);
            }
            if (batch.size() == BATCH) {
                save(batch, report, fileName);
                batch.clear();
            }
            progress.advance(1);
        }
        save(batch, report, fileName);
        return report.build();
    }

    private @Nullable ValidRow validate(
            CsvReader.Row row, Map<String, Territory> provinces, Set<String> seen, List<Problem> problems) {
        String level = row.get("level");
        if (!level.isEmpty() && !level.equalsIgnoreCase("COMMUNE")) {
            problems.add(Problem.of("import.error.level", level));
        }
        String code = row.get("code");
        String parentCode = row.get("parent_code");
        Territory province = provinces.get(parentCode);
        if (code.isEmpty()) {
            problems.add(Problem.of("import.error.required", "code"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of("import.error.code.format", code));
        } else if (!seen.add(code)) {
            problems.add(Problem.of("import.error.duplicate", code));
        }
        if (parentCode.isEmpty()) {
            problems.add(Problem.of("import.error.required", "parent_code"));
        } else if (province == null) {
            problems.add(Problem.of("import.error.parent.unknown", parentCode));
        } else if (!code.startsWith(parentCode + ".")) {
            problems.add(Problem.of("import.error.code.parent", code, parentCode));
        }
        String nameAr = row.get("name_ar");
        if (nameAr.isEmpty()) {
            problems.add(Problem.of("import.error.required", "name_ar"));
        } else if (!ARABIC.matcher(nameAr).find()) {
            problems.add(Problem.of("import.error.name_ar.script", nameAr));
        }
        String nameFr = row.get("name_fr");
        if (nameFr.isEmpty()) {
            problems.add(Problem.of("import.error.required", "name_fr"));
        }
        String kind =
                row.get("kind").isEmpty() ? "RURAL_COMMUNE" : row.get("kind").toUpperCase(java.util.Locale.ROOT);
        if (!kind.equals("RURAL_COMMUNE") && !kind.equals("URBAN_COMMUNE")) {
            problems.add(Problem.of("import.error.kind", row.get("kind")));
        }
        BigDecimal latitude = decimal(row.get("latitude"), 20, 36.5, "latitude", problems);
        BigDecimal longitude = decimal(row.get("longitude"), -17.5, -0.9, "longitude", problems);
        if ((latitude == null) != (longitude == null) && problems.isEmpty()) {
            problems.add(Problem.of("import.error.coordinates.pair"));
        }
        if (!problems.isEmpty() || province == null) {
            return null;
        }
        String nameEn = row.get("name_en");
        return new ValidRow(
                code, province.id(), kind, nameAr, nameFr, nameEn.isEmpty() ? null : nameEn, latitude, longitude);
    }

    private static @Nullable BigDecimal decimal(
            String raw, double min, double max, String column, List<Problem> problems) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.replace(',', '.'));
            if (value.doubleValue() < min || value.doubleValue() > max) {
                problems.add(Problem.of("import.error.coordinates.range", column, raw));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(Problem.of("import.error.number", column, raw));
            return null;
        }
    }

    private void save(List<ValidRow> rows, ImportReport.Builder report, String fileName) {
        if (rows.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            List<String> created = new ArrayList<>();
            List<String> updated = new ArrayList<>();
            for (ValidRow row : rows) {
                boolean inserted = jdbc.sql("""
                                insert into geo_territory
                                  (map_version, code, level, kind, parent_id, name_ar, name_fr, name_en, latitude, longitude)
                                values (?, ?, 'COMMUNE', ?, ?, ?, ?, ?, ?, ?)
                                on conflict (map_version, code) do update set
                                  kind = excluded.kind, parent_id = excluded.parent_id, name_ar = excluded.name_ar,
                                  name_fr = excluded.name_fr, name_en = coalesce(excluded.name_en, geo_territory.name_en),
                                  latitude = coalesce(excluded.latitude, geo_territory.latitude),
                                  longitude = coalesce(excluded.longitude, geo_territory.longitude)
                                returning (xmax = 0) as inserted""")
                        .params(
                                territories.mapVersion(),
                                row.code(),
                                row.kind(),
                                row.parentId(),
                                row.nameAr(),
                                row.nameFr(),
                                row.nameEn(),
                                row.latitude(),
                                row.longitude())
                        .query(Boolean.class)
                        .single();
                (inserted ? created : updated).add(row.code());
            }
            audit.record("IMPORT", "geo_territory", fileName, null, Map.of("created", created, "updated", updated));
            created.forEach(c -> report.created());
            updated.forEach(c -> report.updated());
        });
    }

    record ValidRow(
            String code,
            long parentId,
            String kind,
            String nameAr,
            String nameFr,
            @Nullable String nameEn,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {}
}
