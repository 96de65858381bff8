package ma.tadamon.sales;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A sale took a cooperative's stock of a variant at a store or stall from above the low-stock
 * threshold to at or below it: time to send more. Published once per crossing, in the sale's
 * transaction (the level is read under the sale's own row lock, so it is exact).
 */
public record StockRunningLow(UUID actorId, UUID locationId, UUID variantId, BigDecimal left) {}
