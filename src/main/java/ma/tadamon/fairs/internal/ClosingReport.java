package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.fairs.ProgrammeFigures;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.ValueChain;
import ma.tadamon.sales.LocationSales;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An edition's closing report: its exhibitors (women-led, youth-led, from other regions, by sector),
 * its sales (stalls and store corner, per day, sector and exhibitor), its attendance, its
 * programme, and the same key figures for earlier editions side by side.
 */
@Service
@Transactional(readOnly = true)
class ClosingReport {

    /** How many earlier editions the comparison shows, latest first. */
    static final int EARLIER = 4;

    record Count(String key, LocalizedText label, int count) {}

    record ExhibitorFigures(int count, int womenLed, int youthLed, int otherRegions, List<Count> sectors) {
        public BigDecimal womenShare() {
            return share(womenLed, count);
        }

        public BigDecimal youthShare() {
            return share(youthLed, count);
        }

        public BigDecimal otherRegionsShare() {
            return share(otherRegions, count);
        }
    }

    /** One exhibitor's sales over the edition. */
    record ExhibitorSales(Exhibitor exhibitor, LocationSales.Row sales, LocationSales.Flags flags) {}

    /** The figures compared from one edition to the next. */
    record KeyFigures(
            UUID editionId,
            LocalizedText name,
            int editionNo,
            LocalDate startsOn,
            LocalDate endsOn,
            int exhibitors,
            BigDecimal womenShare,
            BigDecimal youthShare,
            long sales,
            BigDecimal stallsGross,
            BigDecimal cornerGross,
            BigDecimal gross,
            BigDecimal averagePerExhibitor,
            int visitors,
            @Nullable BigDecimal perVisitor,
            int trainings,
            int attended) {

        public String name(Locale locale) {
            return name.in(locale);
        }
    }

    record Closing(
            Edition edition,
            ExhibitorFigures exhibitors,
            LocationSales.Report stalls,
            LocationSales.@Nullable Report corner,
            List<ExhibitorSales> perExhibitor,
            BigDecimal average,
            BigDecimal median,
            Map<LocalDate, Integer> footfallByDay,
            Map<String, Integer> footfallByEntrance,
            List<Footfall.Entry> footfall,
            int visitors,
            ProgrammeFigures.Figures programme,
            boolean programmeRecorded,
            KeyFigures key,
            List<KeyFigures> earlier) {

        /** This edition first, then the earlier ones, latest first. */
        public List<KeyFigures> comparison() {
            List<KeyFigures> all = new ArrayList<>();
            all.add(key);
            all.addAll(earlier);
            return all;
        }
    }

    private final Editions editions;
    private final Exhibitors exhibitors;
    private final LocationSales sales;
    private final Footfall footfall;
    private final Actors actors;
    private final Territories territories;
    private final ObjectProvider<ProgrammeFigures> programme;

    ClosingReport(
            Editions editions,
            Exhibitors exhibitors,
            LocationSales sales,
            Footfall footfall,
            Actors actors,
            Territories territories,
            ObjectProvider<ProgrammeFigures> programme) {
        this.editions = editions;
        this.exhibitors = exhibitors;
        this.sales = sales;
        this.footfall = footfall;
        this.actors = actors;
        this.territories = territories;
        this.programme = programme;
    }

    Closing of(Edition edition) {
        List<Exhibitor> list = exhibitors.of(edition.id());
        List<UUID> stalls = list.stream().map(Exhibitor::locationId).toList();
        LocationSales.Report stallSales = sales.of(stalls, edition.startsOn(), edition.endsOn(), LiveFigures.TOP);
        LocationSales.Report corner = edition.cornerLocationId() == null
                ? null
                : sales.of(List.of(edition.cornerLocationId()), edition.startsOn(), edition.endsOn(), 0);
        List<ExhibitorSales> per = list.stream()
                .map(e -> new ExhibitorSales(e, stallSales.location(e.locationId()), stallSales.flags(e.locationId())))
                .sorted(Comparator.comparing((ExhibitorSales s) -> s.sales().amount())
                        .reversed()
                        .thenComparing(s -> s.exhibitor().name(Locale.FRENCH)))
                .toList();
        List<Footfall.Entry> entries = footfall.of(edition.id());
        ProgrammeFigures provider = programme.getIfAvailable();
        ProgrammeFigures.Figures figures = provider == null ? ProgrammeFigures.Figures.NONE : provider.of(edition.id());
        List<KeyFigures> earlier = editions.before(edition.id()).stream()
                .limit(EARLIER)
                .map(this::key)
                .toList();
        return new Closing(
                edition,
                exhibitorFigures(edition, list),
                stallSales,
                corner,
                per,
                average(per),
                median(per),
                Footfall.byDay(edition, entries),
                Footfall.byEntrance(entries),
                entries,
                Footfall.total(entries),
                figures,
                provider != null,
                key(edition),
                earlier);
    }

    /** The key figures of one edition (this one or an earlier one). */
    KeyFigures key(Edition edition) {
        List<Exhibitor> list = exhibitors.of(edition.id());
        List<UUID> stalls = list.stream().map(Exhibitor::locationId).toList();
        LocationSales.Totals stallTotals = sales.totals(stalls, edition.startsOn(), edition.endsOn());
        LocationSales.Totals cornerTotals = edition.cornerLocationId() == null
                ? LocationSales.Totals.ZERO
                : sales.totals(List.of(edition.cornerLocationId()), edition.startsOn(), edition.endsOn());
        int visitors = Footfall.total(footfall.of(edition.id()));
        ExhibitorFigures ex = exhibitorFigures(edition, list);
        ProgrammeFigures provider = programme.getIfAvailable();
        ProgrammeFigures.Figures figures = provider == null ? ProgrammeFigures.Figures.NONE : provider.of(edition.id());
        BigDecimal gross = stallTotals.gross().add(cornerTotals.gross());
        return new KeyFigures(
                edition.id(),
                edition.name(),
                edition.editionNo(),
                edition.startsOn(),
                edition.endsOn(),
                list.size(),
                ex.womenShare(),
                ex.youthShare(),
                stallTotals.sales() + cornerTotals.sales(),
                stallTotals.gross(),
                cornerTotals.gross(),
                gross,
                list.isEmpty()
                        ? BigDecimal.ZERO.setScale(2)
                        : stallTotals.gross().divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP),
                visitors,
                LiveFigures.perVisitor(gross, visitors),
                figures.trainings(),
                figures.attended());
    }

    private ExhibitorFigures exhibitorFigures(Edition edition, List<Exhibitor> list) {
        Long region = territories
                .containing(edition.territoryId(), TerritoryLevel.REGION)
                .map(Territory::id)
                .orElse(null);
        Map<String, LocalizedText> sectorNames = new HashMap<>();
        for (ValueChain chain : actors.valueChains()) {
            sectorNames.putIfAbsent(chain.sector(), chain.sectorName());
        }
        Map<String, Integer> bySector = new LinkedHashMap<>();
        int women = 0;
        int youth = 0;
        int other = 0;
        for (Exhibitor e : list) {
            women += e.womenLed() ? 1 : 0;
            youth += e.youthLed() ? 1 : 0;
            other += region != null && e.regionId() != null && !e.regionId().equals(region) ? 1 : 0;
            bySector.merge(e.sector(), 1, Integer::sum);
        }
        List<Count> sectors = bySector.entrySet().stream()
                .map(s -> new Count(
                        s.getKey(),
                        sectorNames.getOrDefault(s.getKey(), new LocalizedText(s.getKey(), s.getKey(), s.getKey())),
                        s.getValue()))
                .sorted(Comparator.comparing(Count::count).reversed().thenComparing(Count::key))
                .toList();
        return new ExhibitorFigures(list.size(), women, youth, other, sectors);
    }

    static BigDecimal share(int part, int whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    /** Average sales per exhibitor (those who sold nothing count as zero). */
    static BigDecimal average(List<ExhibitorSales> per) {
        if (per.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal sum = per.stream().map(s -> s.sales().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(per.size()), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<ExhibitorSales> per) {
        if (per.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        List<BigDecimal> amounts =
                per.stream().map(s -> s.sales().amount()).sorted().toList();
        int n = amounts.size();
        BigDecimal median = n % 2 == 1
                ? amounts.get(n / 2)
                : amounts.get(n / 2 - 1).add(amounts.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return median.setScale(2, RoundingMode.HALF_UP);
    }
}
