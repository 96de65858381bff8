package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An admitted exhibitor of an edition: the actor, what placement needs to know (value chain and
 * sector, the needs it applied with, women-led/youth-led, its region), and its stall's sales location.
 */
public record Exhibitor(
        UUID editionId,
        UUID actorId,
        LocalizedText name,
        String valueChain,
        String sector,
        long communeId,
        @Nullable Long regionId,
        boolean womenLed,
        boolean youthLed,
        BigDecimal areaM2,
        boolean electricity,
        boolean water,
        @Nullable UUID applicationId,
        UUID locationId) {

    public String name(Locale locale) {
        return name.in(locale);
    }
}
