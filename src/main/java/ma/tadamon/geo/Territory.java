package ma.tadamon.geo;

import java.math.BigDecimal;
import java.util.Locale;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A territory of one version of the map; {@code code} is the official code, {@code id} ours. */
public record Territory(
        long id,
        String mapVersion,
        String code,
        TerritoryLevel level,
        String kind,
        @Nullable Long parentId,
        LocalizedText name,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude) {

    public String name(Locale locale) {
        return name.in(locale);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
