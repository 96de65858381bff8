package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.sales.LocationSales;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An edition's live figures, from the one sales ledger (its exhibitors' stalls and its store corner)
 * and the footfall entered at its entrances. "The day" is today while the fair runs; before it, its
 * first day; after it, its last, so a closed edition still reads sensibly.
 */
@Service
@Transactional(readOnly = true)
class LiveFigures {

    static final int TOP = 10;

    /** One exhibitor's stand: over the edition, on the day, and what needs a look. */
    record Stand(Exhibitor exhibitor, LocationSales.Row total, LocationSales.Row day, LocationSales.Flags flags) {
        public boolean soldOnDay() {
            return day.sales() > 0;
        }
    }

    record Live(
            Edition edition,
            LocalDate day,
            boolean dayIsToday,
            Instant at,
            LocationSales.Totals dayTotals,
            LocationSales.Totals totals,
            LocationSales.Totals cornerDay,
            LocationSales.Totals cornerTotals,
            int exhibitors,
            int soldOnDay,
            List<Exhibitor> notYet,
            int footfallDay,
            int footfallTotal,
            @Nullable BigDecimal perVisitor,
            List<LocationSales.Day> days,
            List<Stand> stands,
            List<LocationSales.Row> sectors,
            List<LocationSales.Row> products,
            List<LocationSales.Row> payments,
            LocationSales.@Nullable Report corner,
            Map<LocalDate, Integer> footfallByDay,
            Map<String, Integer> footfallByEntrance,
            List<Footfall.Entry> footfall,
            List<String> entrances) {

        /** Stalls and store corner together over the edition. */
        public BigDecimal grossAll() {
            return totals.gross().add(cornerTotals.gross());
        }

        public BigDecimal grossDay() {
            return dayTotals.gross().add(cornerDay.gross());
        }

        public long openDiscrepancies() {
            return stands.stream().mapToLong(s -> s.flags().openDiscrepancies()).sum();
        }
    }

    private final Exhibitors exhibitors;
    private final LocationSales sales;
    private final Footfall footfall;

    LiveFigures(Exhibitors exhibitors, LocationSales sales, Footfall footfall) {
        this.exhibitors = exhibitors;
        this.sales = sales;
        this.footfall = footfall;
    }

    LocalDate dayOf(Edition edition) {
        LocalDate today = sales.today();
        if (today.isBefore(edition.startsOn())) {
            return edition.startsOn();
        }
        return today.isAfter(edition.endsOn()) ? edition.endsOn() : today;
    }

    Live of(Edition edition) {
        List<Exhibitor> list = exhibitors.of(edition.id());
        List<UUID> stalls = list.stream().map(Exhibitor::locationId).toList();
        LocalDate day = dayOf(edition);
        LocationSales.Report all = sales.of(stalls, edition.startsOn(), edition.endsOn(), TOP);
        LocationSales.Report onDay = sales.of(stalls, day, day, 0);
        LocationSales.Report corner = edition.cornerLocationId() == null
                ? null
                : sales.of(List.of(edition.cornerLocationId()), edition.startsOn(), edition.endsOn(), TOP);
        LocationSales.Totals cornerDay = edition.cornerLocationId() == null
                ? LocationSales.Totals.ZERO
                : sales.totals(List.of(edition.cornerLocationId()), day, day);
        List<Stand> stands = list.stream()
                .map(e -> new Stand(
                        e, all.location(e.locationId()), onDay.location(e.locationId()), all.flags(e.locationId())))
                .sorted(Comparator.comparing((Stand s) -> s.total().amount())
                        .reversed()
                        .thenComparing(s -> s.exhibitor().name(Locale.FRENCH)))
                .toList();
        List<Footfall.Entry> entries = footfall.of(edition.id());
        Map<LocalDate, Integer> byDay = Footfall.byDay(edition, entries);
        int footfallTotal = Footfall.total(entries);
        LocationSales.Totals cornerTotals = corner == null ? LocationSales.Totals.ZERO : corner.totals();
        BigDecimal grossAll = all.totals().gross().add(cornerTotals.gross());
        return new Live(
                edition,
                day,
                day.equals(sales.today()),
                Instant.now(),
                onDay.totals(),
                all.totals(),
                cornerDay,
                cornerTotals,
                list.size(),
                (int) stands.stream().filter(Stand::soldOnDay).count(),
                stands.stream()
                        .filter(s -> !s.soldOnDay())
                        .map(Stand::exhibitor)
                        .sorted(Comparator.comparing(e -> e.name(Locale.FRENCH)))
                        .toList(),
                byDay.getOrDefault(day, 0),
                footfallTotal,
                perVisitor(grossAll, footfallTotal),
                all.days(),
                stands,
                all.sectors(),
                all.products(),
                all.payments(),
                corner,
                byDay,
                Footfall.byEntrance(entries),
                entries,
                footfall.entrances(edition.id()));
    }

    static @Nullable BigDecimal perVisitor(BigDecimal gross, int visitors) {
        return visitors == 0 ? null : gross.divide(BigDecimal.valueOf(visitors), 2, RoundingMode.HALF_UP);
    }
}
