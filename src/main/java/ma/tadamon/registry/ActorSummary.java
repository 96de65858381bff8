package ma.tadamon.registry;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** An actor as a directory line and a map marker: position is its own, else its commune's. */
public record ActorSummary(
        UUID id,
        ActorType type,
        LocalizedText name,
        String valueChain,
        long communeId,
        String communeCode,
        LocalizedText communeName,
        ActorStatus status,
        boolean womenLed,
        boolean youthLed,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude) {

    public String name(Locale locale) {
        return name.in(locale);
    }
}
