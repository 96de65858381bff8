package ma.tadamon.fairs.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.registry.RegistryAccess;
import ma.tadamon.sales.LocationSales;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An edition's live figures for its organisers (a screen at the fair's office, a funder's dashboard). */
@RestController
@Tag(name = "Fair figures", description = "An edition's live figures from the sales ledger and its footfall")
class LiveApiController {

    @Schema(description = "One exhibitor's stand over the edition and on the day")
    record Stand(
            UUID actorId,
            LocalizedText name,
            UUID locationId,
            String sector,
            long salesDay,
            BigDecimal amountDay,
            long sales,
            BigDecimal quantity,
            BigDecimal amount,
            long lateSales,
            long openDiscrepancies,
            BigDecimal discrepancyQuantity) {}

    @Schema(description = "Visitors counted at one entrance on one day")
    record FootfallCount(LocalDate day, String entrance, int visitors) {}

    @Schema(description = "An edition's live figures: stalls and store corner from the sales ledger, footfall")
    record LiveFiguresJson(
            UUID editionId,
            String slug,

            @Schema(description = "The day shown: today while the fair runs, else its first or last day")
            LocalDate day,

            boolean dayIsToday,
            Instant at,
            int exhibitors,
            int exhibitorsWhoSoldOnDay,

            @Schema(description = "Stalls' sales on the day")
            LocationSales.Totals stallsDay,

            @Schema(description = "Stalls' sales over the edition")
            LocationSales.Totals stalls,

            LocationSales.Totals cornerDay,
            LocationSales.Totals corner,

            @Schema(description = "Stalls and store corner on the day, less returns, MAD")
            BigDecimal grossDay,

            @Schema(description = "Stalls and store corner over the edition, less returns, MAD")
            BigDecimal gross,

            int visitorsDay,
            int visitors,

            @Schema(description = "Gross per visitor counted; null while no footfall is entered") @Nullable
            BigDecimal salesPerVisitor,

            List<LocationSales.Day> days,
            List<Stand> stands,
            List<LocationSales.Row> sectors,
            List<LocationSales.Row> topProducts,
            List<LocationSales.Row> payments,
            List<LocationSales.Row> cornerByCooperative,
            List<FootfallCount> footfall) {}

    private final Editions editions;
    private final FairsAccess access;
    private final LiveFigures figures;

    LiveApiController(Editions editions, FairsAccess access, LiveFigures figures) {
        this.editions = editions;
        this.access = access;
        this.figures = figures;
    }

    @GetMapping("/api/v1/fairs/{id}/live")
    @Operation(
            operationId = "getFairLiveFigures",
            summary = "An edition's live figures",
            description = "Sales at the exhibitors' stalls and the solidarity store corner, from the sales ledger"
                    + " (amounts in MAD less returns, whole days in Morocco's time): on the day and since the"
                    + " opening, per day, stand, sector, product and payment; exhibitors who sold on the day;"
                    + " late-flagged sales and open stock discrepancies per stand; footfall per entrance and"
                    + " day. For the edition's organisers (session or personal API token).")
    LiveFiguresJson get(@PathVariable UUID id) {
        if (RegistryAccess.currentUser() == null) {
            throw new AuthenticationCredentialsNotFoundException("Sign in or send an API token");
        }
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        LiveFigures.Live live = figures.of(edition);
        return new LiveFiguresJson(
                edition.id(),
                edition.slug(),
                live.day(),
                live.dayIsToday(),
                live.at(),
                live.exhibitors(),
                live.soldOnDay(),
                live.dayTotals(),
                live.totals(),
                live.cornerDay(),
                live.cornerTotals(),
                live.grossDay(),
                live.grossAll(),
                live.footfallDay(),
                live.footfallTotal(),
                live.perVisitor(),
                live.days(),
                live.stands().stream()
                        .map(s -> new Stand(
                                s.exhibitor().actorId(),
                                s.exhibitor().name(),
                                s.exhibitor().locationId(),
                                s.exhibitor().sector(),
                                s.day().sales(),
                                s.day().amount(),
                                s.total().sales(),
                                s.total().quantity(),
                                s.total().amount(),
                                s.flags().late(),
                                s.flags().openDiscrepancies(),
                                s.flags().discrepancyQuantity()))
                        .toList(),
                live.sectors(),
                live.products(),
                live.payments(),
                live.corner() == null ? List.of() : live.corner().sellers(),
                live.footfall().stream()
                        .map(e -> new FootfallCount(e.day(), e.entrance(), e.visitors()))
                        .toList());
    }
}
