package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import org.jspecify.annotations.Nullable;

/**
 * What a territory's public dashboard shows: where it lies (path from the country), the year its
 * flows are counted for, its key figures with their coverage, its children with their figures and
 * a place on the map, and its charts. Every number comes from one indicator question whose open
 * data address is given beside it, so the page and the download cannot disagree.
 */
record DashboardView(
        Territory territory,
        List<Territory> path,
        int year,
        boolean yearToDate,
        List<Integer> years,
        @Nullable Instant lastUpdated,
        Figures figures,
        List<Figure> fairs,
        @Nullable TerritoryLevel childLevel,
        List<Child> children,
        Child childTotals,
        List<Download> childDownloads,
        String size,
        boolean mapped,
        List<DashboardChart> charts) {

    /** The figures the children's bubbles can be sized by. */
    public List<String> sizes() {
        return Dashboards.SIZES;
    }

    /** The main figures; shares are percentages (45.0 for 45 %), changes too. */
    record Figures(
            BigDecimal actors,
            BigDecimal cooperatives,
            @Nullable Coverage cooperativesCoverage,
            BigDecimal womenLedCooperatives,
            @Nullable Coverage womenLedCoverage,
            BigDecimal members,
            @Nullable Coverage cooperativeMembersCoverage,
            BigDecimal cooperativeMembers,
            @Nullable BigDecimal womenMembersShare,
            @Nullable BigDecimal womenLedShare,
            @Nullable BigDecimal youthLedShare,
            Flow sales,
            @Nullable BigDecimal revenuePerMember,
            Flow created) {}

    /** A flow of the year against the same period of the previous year. */
    record Flow(
            BigDecimal value,
            @Nullable BigDecimal previous,
            @Nullable BigDecimal change) {}

    /** The platform's figure against a reference total of the same territory. */
    record Coverage(
            BigDecimal reference,
            int year,
            String source,
            @Nullable BigDecimal share) {}

    /** A figure of another module (fairs): its name, unit and value for the year. */
    record Figure(String code, String name, boolean money, Flow flow) {}

    /** A child territory (or the total) with its figures and its place on the map. */
    record Child(
            @Nullable Territory territory,
            BigDecimal actors,
            BigDecimal members,
            BigDecimal sales,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            BigDecimal size) {}

    /** One indicator's open data: its address with the page's own parameters, in each format. */
    record Download(String indicator, String label, String query) {

        public String url(@Nullable String format) {
            return "/api/v1/indicators/" + indicator + "/data?" + query + (format == null ? "" : "&format=" + format);
        }

        /** The same question in the indicator explorer, to change its breakdown or filters. */
        public String explore() {
            return "/observatory/indicators/" + indicator + "?" + query;
        }

        static Download of(String indicator, String label, Map<String, String> parameters) {
            return new Download(
                    indicator,
                    label,
                    parameters.entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&")));
        }
    }

    /**
     * A chart's table: rows (a label, then one value per column), the column totals and the grand
     * total (the indicator's total for the same question), and where the same rows download.
     */
    record DashboardChart(
            String id,
            String title,
            String rowHeader,
            List<String> columns,
            List<Row> rows,
            List<BigDecimal> columnTotals,
            BigDecimal total,
            boolean money,
            boolean months,
            Download download) {

        record Row(String key, String label, List<BigDecimal> values) {}
    }
}
