package ma.tadamon.fairs.internal;

import java.util.ArrayList;
import java.util.List;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Lays out a first plan of a venue as a grid, the form most mobile markets take: a display and
 * sales zone of stands in back-to-back pairs of rows with aisles between them and a cross aisle
 * every eight stands; along the east side a cultural stage, a training area and a solidarity store
 * corner; along the south edge the entrance and the services. Electricity runs along every other
 * row; water reaches the last stand of each row, at its east end (where the pipes come in). The organiser edits
 * the result; the generator never places exhibitors.
 */
final class GridPlanGenerator {

    /** Stands between two cross aisles. */
    static final int STANDS_PER_BLOCK = 8;
    /** Depth of the southern band holding the entrance and the services, in metres. */
    static final double SOUTH_BAND = 5;

    private GridPlanGenerator() {}

    /** What the organiser asks for: the venue, how many stands, their size and the aisles, which zones. */
    record GridSpec(
            double width,
            double depth,
            int stands,
            double standWidth,
            double standDepth,
            double aisle,
            boolean training,
            boolean stage,
            boolean storeCorner,
            int largeStands) {

        GridSpec {
            if (largeStands < 0 || largeStands > stands) {
                throw new IllegalArgumentException("large stands");
            }
            if (width < 10 || depth < 10 || width > 2000 || depth > 2000) {
                throw new IllegalArgumentException("venue");
            }
            if (stands < 1 || stands > 2000) {
                throw new IllegalArgumentException("stands");
            }
            if (standWidth < 1 || standDepth < 1 || aisle < 1 || standWidth > 20 || standDepth > 20 || aisle > 20) {
                throw new IllegalArgumentException("stand size");
            }
        }

        /**
         * A plan for an edition's area and stand target: a venue about 1.6 times wider than deep,
         * 3 m × 3 m stands and 3 m aisles, every zone. Without an area, about 23 m² per stand.
         */
        static GridSpec forEdition(@Nullable Integer areaM2, @Nullable Integer standTarget) {
            int stands = standTarget == null || standTarget < 1 ? 40 : standTarget;
            double area = areaM2 == null || areaM2 < 100 ? Math.max(400, stands * 23.0) : areaM2;
            double width = Math.round(Math.sqrt(area * 1.6));
            double depth = Math.round(area / width);
            return new GridSpec(width, depth, stands, 3, 3, 3, true, true, true, 0);
        }

        /** The same plan with this many double stands (twice as wide) for exhibitors who need more room. */
        GridSpec withLargeStands(int count) {
            return new GridSpec(
                    width,
                    depth,
                    stands,
                    standWidth,
                    standDepth,
                    aisle,
                    training,
                    stage,
                    storeCorner,
                    Math.max(0, Math.min(count, stands)));
        }
    }

    record ZoneDraft(ZoneKind kind, LocalizedText name, Rect rect) {}

    record StandDraft(String code, Rect rect, boolean electricity, boolean water) {}

    /** The plan laid out; fewer stands than asked when the venue holds no more ({@link #fits()}). */
    record Layout(double width, double depth, List<ZoneDraft> zones, List<StandDraft> stands, int requested) {

        boolean fits() {
            return stands.size() >= requested;
        }
    }

    static Layout generate(GridSpec spec) {
        boolean side = spec.training() || spec.stage() || spec.storeCorner();
        double sideWidth = side ? Math.round(Math.min(Math.max(spec.width() * 0.15, 8), spec.width() * 0.35)) : 0;
        double band = Math.min(SOUTH_BAND, Math.floor(spec.depth() * 0.15));
        Rect sales = new Rect(0, 0, spec.width() - sideWidth, spec.depth() - band);
        List<ZoneDraft> zones = new ArrayList<>();
        zones.add(zone(ZoneKind.SALES, sales));
        if (side) {
            sideZones(spec, sideWidth, spec.depth() - band, zones);
        }
        if (band >= 1) {
            double services = Math.min(12, Math.floor(sales.w() * 0.25));
            zones.add(zone(ZoneKind.SERVICES, new Rect(0, spec.depth() - band, services, band)));
            double entrance = Math.min(10, Math.floor(sales.w() * 0.3));
            zones.add(zone(
                    ZoneKind.ENTRANCE,
                    new Rect(Math.floor((sales.w() - entrance) / 2), spec.depth() - band, entrance, band)));
        }
        return new Layout(spec.width(), spec.depth(), zones, stands(spec, sales), spec.stands());
    }

    private static void sideZones(GridSpec spec, double sideWidth, double height, List<ZoneDraft> zones) {
        List<ZoneKind> kinds = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (spec.stage()) {
            kinds.add(ZoneKind.STAGE);
            weights.add(0.4);
        }
        if (spec.training()) {
            kinds.add(ZoneKind.TRAINING);
            weights.add(0.35);
        }
        if (spec.storeCorner()) {
            kinds.add(ZoneKind.STORE_CORNER);
            weights.add(0.25);
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double x = spec.width() - sideWidth;
        double y = 0;
        for (int i = 0; i < kinds.size(); i++) {
            double h = i == kinds.size() - 1 ? height - y : Math.round(height * weights.get(i) / total);
            zones.add(zone(kinds.get(i), new Rect(x, y, sideWidth, h)));
            y += h;
        }
    }

    private static List<StandDraft> stands(GridSpec spec, Rect sales) {
        double a = spec.aisle();
        double sw = spec.standWidth();
        double sd = spec.standDepth();
        double bottom = sales.bottom() - a;
        List<Double> rows = new ArrayList<>();
        double y = sales.y() + a;
        while (y + sd <= bottom + 1e-9) {
            rows.add(y);
            if (y + 2 * sd <= bottom + 1e-9) {
                rows.add(y + sd);
                y += 2 * sd + a;
            } else {
                y += sd + a;
            }
        }
        List<Double> columns = new ArrayList<>();
        double x = sales.x() + a;
        int inBlock = 0;
        while (x + sw <= sales.right() - a + 1e-9) {
            columns.add(x);
            x += sw;
            if (++inBlock == STANDS_PER_BLOCK) {
                x += a;
                inBlock = 0;
            }
        }
        // Double stands, for exhibitors who need more room: first at the west end of each row, then
        // at the east end, so that every part of the hall has some. Two slots make one stand.
        int rowsUsed = rowsNeeded(rows.size(), columns.size(), spec.stands(), spec.largeStands());
        boolean[] mergeEnd = new boolean[rows.size()];
        boolean[] mergeStart = new boolean[rows.size()];
        int large = spec.largeStands();
        int n = columns.size();
        boolean startPair = n >= 3 && columns.get(1) - columns.get(0) <= sw + 1e-9;
        boolean endPair = n >= 5 && columns.get(n - 1) - columns.get(n - 2) <= sw + 1e-9;
        for (int r = 0; r < rowsUsed && large > 0 && startPair; r++, large--) {
            mergeStart[r] = true;
        }
        for (int r = 0; r < rowsUsed - 1 && large > 0 && endPair; r++, large--) {
            mergeEnd[r] = true;
        }
        List<StandDraft> stands = new ArrayList<>();
        for (int r = 0; r < rows.size() && stands.size() < spec.stands(); r++) {
            int number = 0;
            for (int c = 0; c < n && stands.size() < spec.stands(); c++) {
                boolean doubled = (mergeStart[r] && c == 0) || (mergeEnd[r] && c == n - 2);
                // Water comes in at the east end of each row.
                boolean water = c == n - 1 || doubled && c == n - 2;
                boolean electricity = water || r % 2 == 0;
                stands.add(new StandDraft(
                        code(r, number++),
                        new Rect(columns.get(c), rows.get(r), doubled ? 2 * sw : sw, sd),
                        electricity,
                        water));
                if (doubled) {
                    c++;
                }
            }
        }
        return stands;
    }

    /** How many rows the stands fill, counting two slots for each double stand (at most two per row). */
    private static int rowsNeeded(int rows, int columns, int stands, int large) {
        int slots = stands + large;
        return Math.min(rows, Math.max(1, (slots + columns - 1) / Math.max(1, columns)));
    }

    /** A-01 … Z-99, then AA-01: the row's letters and the stand's number in the row. */
    static String code(int row, int column) {
        String letters = row < 26
                ? String.valueOf((char) ('A' + row))
                : String.valueOf((char) ('A' + row / 26 - 1)) + (char) ('A' + row % 26);
        return letters + "-" + String.format(java.util.Locale.ROOT, "%02d", column + 1);
    }

    private static ZoneDraft zone(ZoneKind kind, Rect rect) {
        return new ZoneDraft(kind, kind.defaultName(), rect);
    }
}
