package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.sales.LocationSales;
import ma.tadamon.sales.Settlement;
import ma.tadamon.sales.SettlementPreview;
import ma.tadamon.sales.Settlements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * End-of-edition statements: for each exhibitor, what its stall sold over the fair's days (per day,
 * product and payment), its returns, the sales flagged late and the stock discrepancies awaiting
 * review; for the cooperatives whose goods sold at the store corner, the settlement the corner owes
 * them over the same days (the sales module's statements, previewed or issued).
 */
@Service
@Transactional(readOnly = true)
class ExhibitorStatements {

    /** What the store corner owes one cooperative for the edition's days, and what was issued already. */
    record Corner(UUID storeId, UUID actorId, LocalizedText name, SettlementPreview preview, List<Settlement> issued) {}

    record Statement(
            Edition edition,
            Exhibitor exhibitor,
            LocationSales.Report sales,
            List<LocationSales.LateSale> late,
            List<LocationSales.Discrepancy> discrepancies,
            List<Corner> corner) {}

    /** One line of the organiser's list. */
    record Summary(Exhibitor exhibitor, LocationSales.Row sales, LocationSales.Flags flags) {}

    private final Exhibitors exhibitors;
    private final LocationSales sales;
    private final Settlements settlements;

    ExhibitorStatements(Exhibitors exhibitors, LocationSales sales, Settlements settlements) {
        this.exhibitors = exhibitors;
        this.sales = sales;
        this.settlements = settlements;
    }

    List<Summary> list(Edition edition) {
        List<Exhibitor> list = exhibitors.of(edition.id());
        LocationSales.Report report =
                sales.of(list.stream().map(Exhibitor::locationId).toList(), edition.startsOn(), edition.endsOn(), 0);
        return list.stream()
                .map(e -> new Summary(e, report.location(e.locationId()), report.flags(e.locationId())))
                .sorted(Comparator.comparing(s -> s.exhibitor().name(Locale.FRENCH)))
                .toList();
    }

    Statement of(Edition edition, UUID actorId) {
        Exhibitor exhibitor = exhibitors
                .find(edition.id(), actorId)
                .orElseThrow(() -> new NotFoundException("fairs.statement.notFound"));
        List<UUID> stall = List.of(exhibitor.locationId());
        // A stall sells for its edition only: all its sales, even those a wrong clock dated outside the fair.
        java.time.LocalDate[] days = sales.widened(stall, edition.startsOn(), edition.endsOn());
        LocationSales.Report report = sales.of(stall, days[0], days[1], 1000);
        List<Corner> corner = corner(edition).stream()
                .filter(c -> c.actorId().equals(actorId))
                .toList();
        return new Statement(
                edition,
                exhibitor,
                report,
                sales.lateSales(stall, days[0], days[1]),
                sales.openDiscrepancies(stall),
                corner);
    }

    /** Each cooperative that sold at the store corner during the edition, with its settlement. */
    List<Corner> corner(Edition edition) {
        UUID store = edition.cornerLocationId();
        if (store == null) {
            return List.of();
        }
        LocationSales.Report report = sales.of(List.of(store), edition.startsOn(), edition.endsOn(), 0);
        return report.sellers().stream()
                .filter(r -> r.amount().compareTo(BigDecimal.ZERO) != 0 || r.sales() > 0)
                .map(r -> {
                    UUID actorId = UUID.fromString(r.key());
                    List<Settlement> issued = settlements.ofStore(store).stream()
                            .filter(s -> s.actorId().equals(actorId)
                                    && !s.to().isBefore(edition.startsOn())
                                    && !s.from().isAfter(edition.endsOn()))
                            .toList();
                    return new Corner(
                            store,
                            actorId,
                            r.label(),
                            settlements.preview(store, actorId, edition.startsOn(), edition.endsOn()),
                            issued);
                })
                .toList();
    }
}
