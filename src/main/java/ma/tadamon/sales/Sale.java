package ma.tadamon.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A sale or return as the ledger holds it; {@code replayed} when this answers a repeated client id. */
public record Sale(
        UUID id,
        UUID clientId,
        long receiptNo,
        String kind,
        Channel channel,
        UUID locationId,
        Instant occurredAt,
        Payment payment,
        BigDecimal total,
        @Nullable UUID refersTo,
        List<Line> lines,
        @Nullable BigDecimal cashGiven,
        boolean replayed) {

    public record Line(
            int lineNo,
            UUID variantId,
            UUID productId,
            UUID sellerActorId,
            LocalizedText sellerName,
            LocalizedText label,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount) {}

    /** What to give back on a cash sale, when the cash handed over was counted. */
    public @Nullable BigDecimal change() {
        return cashGiven == null ? null : cashGiven.subtract(total);
    }

    public Sale asReplayed() {
        return new Sale(
                id,
                clientId,
                receiptNo,
                kind,
                channel,
                locationId,
                occurredAt,
                payment,
                total,
                refersTo,
                lines,
                cashGiven,
                true);
    }
}
