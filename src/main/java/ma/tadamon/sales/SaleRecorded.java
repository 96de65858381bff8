package ma.tadamon.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sale (or a return, with negative quantities and amounts) entered the ledger. Carries what the
 * observatory aggregates — seller, commune, value chain, channel, amounts — and no buyer data.
 */
public record SaleRecorded(
        UUID saleId,
        String kind,
        Channel channel,
        UUID locationId,
        Instant occurredAt,
        BigDecimal total,
        List<Line> lines) {

    public record Line(
            UUID sellerActorId,
            long communeId,
            String valueChain,
            UUID productId,
            UUID variantId,
            BigDecimal quantity,
            BigDecimal amount) {}
}
