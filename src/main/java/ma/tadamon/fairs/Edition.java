package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An edition of a mobile market: where and when, its size, its slogan, its status, the call's
 * deadline and the selection quotas (shares between 0 and 1), and its solidarity store corner.
 */
public record Edition(
        UUID id,
        String slug,
        LocalizedText name,
        int editionNo,
        long territoryId,
        LocalizedText venue,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime opensAt,
        LocalTime closesAt,
        @Nullable Integer areaM2,
        LocalizedText slogan,
        EditionStatus status,
        @Nullable Instant callDeadline,
        boolean openToOtherRegions,
        @Nullable Integer standTarget,
        Quotas quotas,
        @Nullable UUID cornerLocationId) {

    public String name(Locale locale) {
        return name.in(locale);
    }

    /** Selection quotas as shares of the selected exhibitors; null when the edition sets none. */
    public record Quotas(
            @Nullable BigDecimal womenMin,
            @Nullable BigDecimal youthMin,
            @Nullable BigDecimal sectorMax,
            @Nullable BigDecimal otherRegionsMin) {

        public static final Quotas NONE = new Quotas(null, null, null, null);
    }

    /** The days the fair is open, first to last. */
    public java.util.List<LocalDate> days() {
        return startsOn.datesUntil(endsOn.plusDays(1)).toList();
    }

    public boolean callOpenAt(Instant when) {
        return status.acceptsApplications() && (callDeadline == null || when.isBefore(callDeadline));
    }
}
