package ma.tadamon.sales;

import java.math.BigDecimal;
import java.util.UUID;

/** How much of a variant lies at a location, and whose it is. */
public record StockLevel(UUID locationId, UUID variantId, UUID actorId, BigDecimal quantity) {}
