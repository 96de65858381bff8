package ma.tadamon.catalog;

import java.math.BigDecimal;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A product as a catalogue page lists it: names, who makes it and where, the lowest price, a photo. */
public record ProductCard(
        UUID id,
        String code,
        LocalizedText name,
        String valueChain,
        UUID actorId,
        LocalizedText actorName,
        LocalizedText commune,
        @Nullable BigDecimal priceFrom,
        @Nullable UUID photoId) {}
