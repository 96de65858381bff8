package ma.tadamon.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** An actor's public record (no bank details, no members' personal data). */
public record Actor(
        UUID id,
        ActorType type,
        LocalizedText name,
        @Nullable String legalForm,
        @Nullable LocalDate createdOn,
        String valueChain,
        String sector,
        long communeId,
        @Nullable String address,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @Nullable String phone,
        @Nullable String email,
        ActorStatus status,
        LocalizedText story,
        @Nullable String registrationNumber,
        @Nullable String registrationAuthority,
        @Nullable LocalDate registrationDate,
        @Nullable String ice,
        boolean womenLed,
        boolean youthLed) {

    public String name(Locale locale) {
        return name.in(locale);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
