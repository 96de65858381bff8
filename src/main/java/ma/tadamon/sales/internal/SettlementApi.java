package ma.tadamon.sales.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import ma.tadamon.sales.SalesAccess;
import ma.tadamon.sales.Settlement;
import ma.tadamon.sales.Settlements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A store's settlement statements, for its managers' tools. */
@RestController
@Tag(name = "Settlements", description = "What stores owe consigning cooperatives, by statement")
class SettlementApi {

    private final Settlements settlements;
    private final SalesAccess access;

    SettlementApi(Settlements settlements, SalesAccess access) {
        this.settlements = settlements;
        this.access = access;
    }

    @GetMapping("/api/v1/stores/{id}/settlements")
    @Operation(
            operationId = "listStoreSettlements",
            summary = "A store's settlement statements",
            description = "Newest period first, for the store's managers: number, cooperative, period, gross,"
                    + " commission rate and amount (half-up to the centime), net payable, payment date and reference.")
    List<Settlement> list(@PathVariable UUID id) {
        access.requireManageStore(id);
        return settlements.ofStore(id);
    }
}
