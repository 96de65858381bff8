package ma.tadamon.sales;

import java.math.BigDecimal;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;

/** A statement's line: one variant of the cooperative, the quantity sold net of returns and its amount. */
public record SettlementLine(
        int lineNo, UUID variantId, UUID productId, LocalizedText label, BigDecimal quantity, BigDecimal amount) {}
