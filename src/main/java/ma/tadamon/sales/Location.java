package ma.tadamon.sales;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A place that holds stock and sells: its owner party is the actor, the store operator, or the stall's exhibitor. */
public record Location(
        UUID id,
        LocationKind kind,
        UUID partyId,
        LocalizedText name,
        @Nullable Long communeId,
        @Nullable BigDecimal commissionRate,
        boolean active) {

    public String name(Locale locale) {
        return name.in(locale);
    }

    public BigDecimal commission() {
        return commissionRate == null ? BigDecimal.ZERO : commissionRate;
    }
}
