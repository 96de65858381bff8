package ma.tadamon.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** What an organiser enters to create or change an edition. */
public record NewEdition(
        LocalizedText name,
        int editionNo,
        long territoryId,
        LocalizedText venue,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable LocalTime opensAt,
        @Nullable LocalTime closesAt,
        @Nullable Integer areaM2,
        LocalizedText slogan,
        @Nullable Instant callDeadline,
        boolean openToOtherRegions,
        @Nullable Integer standTarget,
        Edition.Quotas quotas) {}
