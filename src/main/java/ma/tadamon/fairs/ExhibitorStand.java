package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Where an exhibitor stands at an edition: the stand's code (e.g. A-01), its zone, its size in
 * metres and whether it has electricity and water.
 */
public record ExhibitorStand(
        UUID editionId,
        UUID actorId,
        String code,
        @Nullable String zoneKind,
        @Nullable LocalizedText zoneName,
        BigDecimal widthM,
        BigDecimal depthM,
        boolean electricity,
        boolean water) {

    public BigDecimal areaM2() {
        return widthM.multiply(depthM).stripTrailingZeros();
    }
}
