package ma.tadamon.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A sale (or return) a statement covers, with the cooperative's share of it. */
public record SettlementSale(UUID saleId, long receiptNo, String kind, Instant occurredAt, BigDecimal amount) {}
