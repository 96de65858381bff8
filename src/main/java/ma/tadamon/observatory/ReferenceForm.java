package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.tadamon.geo.Territory;
import org.jspecify.annotations.Nullable;

/**
 * A reference total as typed in the form, checked field by field: the measure one of the
 * indicators' coverage measures, an existing territory code, a plausible year, a value of zero or
 * more, and a named source.
 */
record ReferenceForm(
        @Nullable String measure,
        @Nullable String territory,
        @Nullable String year,
        @Nullable String value,
        @Nullable String source) {

    static final int FIRST_YEAR = 1990;
    static final int SOURCE_LENGTH = 200;

    static ReferenceForm empty() {
        return new ReferenceForm("", "", "", "", "");
    }

    /** A message key and its arguments. */
    record Problem(String key, Object... args) {}

    /** The problems of each field, in the form's order; empty when the form is right. */
    Map<String, Problem> problems(List<String> measures, TerritoryTree tree, int thisYear) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (blank(measure) || !measures.contains(measure.trim())) {
            problems.put("measure", new Problem("obs.references.error.measure", String.join(", ", measures)));
        }
        if (blank(territory) || tree.byCode(territory).isEmpty()) {
            problems.put("territory", new Problem("obs.references.error.territory", blank(territory) ? "" : territory));
        }
        Integer y = yearNumber();
        if (y == null || y < FIRST_YEAR || y > thisYear) {
            problems.put(
                    "year",
                    new Problem("obs.references.error.year", Integer.toString(FIRST_YEAR), Integer.toString(thisYear)));
        }
        BigDecimal v = number();
        if (v == null || v.signum() < 0 || v.scale() > 2 || v.precision() - v.scale() > 14) {
            problems.put("value", new Problem("obs.references.error.value"));
        }
        if (blank(source) || source.trim().length() > SOURCE_LENGTH) {
            problems.put("source", new Problem("obs.references.error.source", SOURCE_LENGTH));
        }
        return problems;
    }

    /** The reference itself; only once {@link #problems} found none. */
    ReferenceTotals.Reference reference(TerritoryTree tree) {
        Territory t = tree.byCode(territory).orElseThrow();
        return new ReferenceTotals.Reference(measure.trim(), t.id(), yearNumber(), number(), source.trim());
    }

    private @Nullable Integer yearNumber() {
        try {
            return blank(year) ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Spaces and narrow spaces as thousands separators, a comma or a point as the decimal mark. */
    private @Nullable BigDecimal number() {
        if (blank(value)) {
            return null;
        }
        String v = value.trim().replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
