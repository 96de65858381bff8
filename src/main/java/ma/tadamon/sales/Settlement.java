package ma.tadamon.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An issued settlement statement: what a store owes a cooperative for a period, figures frozen. */
public record Settlement(
        UUID id,
        String number,
        UUID storeId,
        UUID actorId,
        LocalDate from,
        LocalDate to,
        BigDecimal gross,
        BigDecimal commissionRate,
        BigDecimal commission,
        BigDecimal net,
        int lineCount,
        Instant issuedAt,
        @Nullable LocalDate paidOn,
        @Nullable String paymentReference) {

    public boolean paid() {
        return paidOn != null;
    }
}
