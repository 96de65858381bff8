package ma.tadamon.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a statement would say if issued now, at the store's current commission rate. */
public record SettlementPreview(
        UUID storeId,
        UUID actorId,
        LocalDate from,
        LocalDate to,
        SettlementFigures figures,
        List<SettlementLine> lines,
        List<SettlementSale> sales) {

    public boolean isEmpty() {
        return sales.isEmpty();
    }
}
