package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.RecentCache;
import ma.tadamon.platform.indicators.FactQuery;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.platform.indicators.IndicatorFact;
import ma.tadamon.platform.indicators.IndicatorProvider;
import ma.tadamon.platform.indicators.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fairs' results as indicators for the observatory: exhibitors, sales (stalls and store
 * corner) and attendance of the editions that ran, located at the edition's territory and dated
 * by its first day. The figures are the closing report's, so both always agree.
 */
@Component
class FairIndicators implements IndicatorProvider {

    private static final String EXHIBITORS = "fairs.exhibitors";
    private static final String SALES = "fairs.sales";
    private static final String ATTENDANCE = "fairs.attendance";

    private final Editions editions;
    private final ClosingReport report;
    private final JdbcClient jdbc;

    FairIndicators(Editions editions, ClosingReport report, JdbcClient jdbc) {
        this.editions = editions;
        this.report = report;
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(
                definition(
                        EXHIBITORS,
                        new LocalizedText(
                                "العارضون في الأسواق المتنقلة",
                                "Exposants des marchés itinérants",
                                "Mobile market exhibitors"),
                        new LocalizedText(
                                "عدد العارضين المقبولين في دورات الأسواق المتنقلة التي انطلقت، حسب مكان الدورة وتاريخ افتتاحها.",
                                "Nombre d’exposants admis aux éditions de marchés itinérants qui ont ouvert, selon le lieu de l’édition et sa date d’ouverture.",
                                "Exhibitors admitted to the mobile market editions that opened, by the edition's place and opening date."),
                        new LocalizedText("عدد العارضين", "Nombre d’exposants", "Exhibitors"),
                        Unit.COUNT),
                definition(
                        SALES,
                        new LocalizedText(
                                "مبيعات الأسواق المتنقلة", "Ventes des marchés itinérants", "Mobile market sales"),
                        new LocalizedText(
                                "مبيعات أروقة العارضين وركن المتجر التضامني خلال أيام الدورة، من السجل الموحد للمبيعات.",
                                "Ventes des stands des exposants et du coin de la boutique solidaire pendant les jours de l’édition, d’après le registre unique des ventes.",
                                "Sales of the exhibitors' stalls and the solidarity store corner during the edition's days, from the one ledger."),
                        new LocalizedText("مجموع المبيعات", "Montant des ventes", "Sales amount"),
                        Unit.MAD),
                definition(
                        ATTENDANCE,
                        new LocalizedText(
                                "زوار الأسواق المتنقلة",
                                "Fréquentation des marchés itinérants",
                                "Mobile market attendance"),
                        new LocalizedText(
                                "عدد الزوار المسجلين عند مداخل الدورة طيلة أيامها.",
                                "Nombre de visiteurs comptés aux entrées de l’édition sur tous ses jours.",
                                "Visitors counted at the edition's entrances over all its days."),
                        new LocalizedText("عدد الزوار", "Nombre de visiteurs", "Visitors"),
                        Unit.COUNT));
    }

    private static IndicatorDefinition definition(
            String code, LocalizedText name, LocalizedText definition, LocalizedText numerator, Unit unit) {
        return new IndicatorDefinition(
                code, "fairs", name, definition, numerator, null, unit, List.of(), true, "COMMUNE", null, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorFact> facts(String code, FactQuery query) {
        Function<ClosingReport.KeyFigures, BigDecimal> measure = switch (code) {
            case EXHIBITORS -> k -> BigDecimal.valueOf(k.exhibitors());
            case SALES -> ClosingReport.KeyFigures::gross;
            case ATTENDANCE -> k -> BigDecimal.valueOf(k.visitors());
            default -> throw new IllegalArgumentException("Not a fairs indicator: " + code);
        };
        List<IndicatorFact> facts = new ArrayList<>();
        for (Edition edition : editions.all()) {
            boolean ran = edition.status() == EditionStatus.RUNNING || edition.status() == EditionStatus.CLOSED;
            if (!ran
                    || edition.startsOn().isBefore(query.from())
                    || !edition.startsOn().isBefore(query.to())) {
                continue;
            }
            facts.add(new IndicatorFact(
                    edition.territoryId(), edition.startsOn(), Map.of(), measure.apply(key(edition)), null));
        }
        return facts;
    }

    /**
     * An edition's figures for the observatory: a closed edition's hardly change (a late sync, a
     * corrected footfall) and are kept ten minutes; a running one's thirty seconds (its organisers
     * follow it live on its own page). A national dashboard thus does not recompute a hundred
     * closing reports at every visit.
     */
    private ClosingReport.KeyFigures key(Edition edition) {
        RecentCache<ClosingReport.KeyFigures> cache = edition.status() == EditionStatus.CLOSED ? closed : running;
        String id = edition.id().toString();
        return cache.get(id).orElseGet(() -> {
            ClosingReport.KeyFigures figures = report.key(edition);
            cache.put(id, figures);
            return figures;
        });
    }

    private final RecentCache<ClosingReport.KeyFigures> closed = new RecentCache<>(Duration.ofMinutes(10), 5_000);
    private final RecentCache<ClosingReport.KeyFigures> running = new RecentCache<>(Duration.ofSeconds(30), 1_000);

    @Override
    public Optional<Instant> lastUpdated(String code) {
        // Sales are read live from the ledger at every question: they are as fresh as the question.
        if (SALES.equals(code)) {
            return Optional.of(Instant.now());
        }
        String sql = ATTENDANCE.equals(code)
                ? "select max(recorded_at) from fairs_footfall"
                : "select max(greatest(admitted_at, coalesce(withdrawn_at, admitted_at))) from fairs_exhibitor";
        return Optional.ofNullable(
                        jdbc.sql(sql).query(java.time.OffsetDateTime.class).single())
                .map(java.time.OffsetDateTime::toInstant);
    }
}
