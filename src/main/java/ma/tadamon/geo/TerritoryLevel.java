package ma.tadamon.geo;

import org.jspecify.annotations.Nullable;

/** The four levels of the administrative map, from the country down. */
public enum TerritoryLevel {
    COUNTRY,
    REGION,
    PROVINCE,
    COMMUNE;

    public @Nullable TerritoryLevel child() {
        return this == COMMUNE ? null : values()[ordinal() + 1];
    }

    public @Nullable TerritoryLevel parent() {
        return this == COUNTRY ? null : values()[ordinal() - 1];
    }
}
