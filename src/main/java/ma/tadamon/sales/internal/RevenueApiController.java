package ma.tadamon.sales.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import ma.tadamon.sales.Revenue;
import ma.tadamon.sales.SalesAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An actor's revenue from the sales ledger, for its managers. */
@RestController
@Tag(name = "Revenue", description = "An actor's sales from every channel, by month, channel, location and product")
class RevenueApiController {

    private final Revenue revenue;
    private final SalesAccess access;

    RevenueApiController(Revenue revenue, SalesAccess access) {
        this.revenue = revenue;
        this.access = access;
    }

    @GetMapping("/api/v1/actors/{id}/revenue")
    @Operation(
            operationId = "getActorRevenue",
            summary = "An actor's revenue for a period",
            description = "Sales less returns in MAD, exact to the centime, by month, channel, location and product,"
                    + " for whole days in Morocco's time. Defaults to the last twelve months. For the actor's"
                    + " managers.")
    Revenue.Report get(
            @PathVariable UUID id,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = "First day, included", example = "2026-01-01")
                    @Nullable
                    LocalDate from,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Parameter(description = "Last day, included", example = "2026-12-31")
                    @Nullable
                    LocalDate to) {
        access.requireActFor(id);
        return revenue.of(id, from, to);
    }
}
