package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.NewApplication;
import ma.tadamon.fairs.NewEdition;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form records of the call's pages: what may be typed, nothing more. */
final class CallForms {

    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private CallForms() {}

    /** An edition as the organiser types it: quotas in per cent, the deadline in Moroccan time. */
    record EditionForm(
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            @Nullable Integer editionNo,
            @Nullable Long territoryId,
            @Nullable String venueAr,
            @Nullable String venueFr,
            @Nullable String venueEn,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate startsOn,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate endsOn,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
            LocalTime opensAt,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
            LocalTime closesAt,

            @Nullable Integer areaM2,
            @Nullable String sloganAr,
            @Nullable String sloganFr,
            @Nullable String sloganEn,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime callDeadline,

            @Nullable Boolean openToOtherRegions,
            @Nullable Integer standTarget,
            @Nullable BigDecimal quotaWomen,
            @Nullable BigDecimal quotaYouth,
            @Nullable BigDecimal quotaSectorMax,
            @Nullable BigDecimal quotaOtherRegions) {

        static EditionForm empty() {
            return new EditionForm(
                    null,
                    null,
                    null,
                    1,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    LocalTime.of(10, 0),
                    LocalTime.of(22, 0),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        static EditionForm of(Edition e) {
            return new EditionForm(
                    e.name().ar(),
                    e.name().fr(),
                    e.name().en(),
                    e.editionNo(),
                    e.territoryId(),
                    e.venue().ar(),
                    e.venue().fr(),
                    e.venue().en(),
                    e.startsOn(),
                    e.endsOn(),
                    e.opensAt(),
                    e.closesAt(),
                    e.areaM2(),
                    e.slogan().ar(),
                    e.slogan().fr(),
                    e.slogan().en(),
                    e.callDeadline() == null ? null : LocalDateTime.ofInstant(e.callDeadline(), MOROCCO),
                    e.openToOtherRegions(),
                    e.standTarget(),
                    percent(e.quotas().womenMin()),
                    percent(e.quotas().youthMin()),
                    percent(e.quotas().sectorMax()),
                    percent(e.quotas().otherRegionsMin()));
        }

        NewEdition toNewEdition() {
            if (editionNo == null) {
                throw new InvalidRequestException("editionNo", "fairs.editionNo");
            }
            if (territoryId == null) {
                throw new InvalidRequestException("territoryId", "fairs.form.territory");
            }
            if (startsOn == null) {
                throw new InvalidRequestException("startsOn", "fairs.form.startsOn");
            }
            if (endsOn == null) {
                throw new InvalidRequestException("endsOn", "fairs.form.endsOn");
            }
            return new NewEdition(
                    new LocalizedText(blank(nameAr), blank(nameFr), blank(nameEn)),
                    editionNo,
                    territoryId,
                    new LocalizedText(blank(venueAr), blank(venueFr), blank(venueEn)),
                    startsOn,
                    endsOn,
                    opensAt,
                    closesAt,
                    areaM2,
                    new LocalizedText(blank(sloganAr), blank(sloganFr), blank(sloganEn)),
                    callDeadline == null ? null : callDeadline.atZone(MOROCCO).toInstant(),
                    Boolean.TRUE.equals(openToOtherRegions),
                    standTarget,
                    new Edition.Quotas(
                            share("quotaWomen", quotaWomen),
                            share("quotaYouth", quotaYouth),
                            share("quotaSectorMax", quotaSectorMax),
                            share("quotaOtherRegions", quotaOtherRegions)));
        }
    }

    /** An application as a manager types it. */
    record ApplyForm(
            @Nullable UUID edition,
            @Nullable List<UUID> products,
            @Nullable BigDecimal areaM2,
            @Nullable Boolean electricity,
            @Nullable Boolean water,
            @Nullable String note) {

        static ApplyForm empty(@Nullable UUID edition) {
            return new ApplyForm(edition, List.of(), BigDecimal.valueOf(9), false, false, null);
        }

        NewApplication toNewApplication() {
            return new NewApplication(
                    products == null ? List.of() : products,
                    areaM2,
                    Boolean.TRUE.equals(electricity),
                    Boolean.TRUE.equals(water),
                    note);
        }
    }

    /**
     * When a typed value does not convert, Spring binds no form at all: show the given one again
     * with a general error instead.
     */
    static <T> T orRetry(@Nullable T posted, T fallback, org.springframework.ui.Model model) {
        if (posted != null) {
            model.addAttribute("form", posted);
            return posted;
        }
        var fresh = new org.springframework.validation.BeanPropertyBindingResult(fallback, "form");
        fresh.reject("typeMismatch");
        model.addAttribute("form", fallback);
        model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "form", fresh);
        return fallback;
    }

    static @Nullable BigDecimal percent(@Nullable BigDecimal share) {
        if (share == null) {
            return null;
        }
        BigDecimal percent = share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        return percent.remainder(BigDecimal.ONE).signum() == 0
                ? percent.setScale(0, RoundingMode.UNNECESSARY)
                : percent;
    }

    static @Nullable BigDecimal share(String field, @Nullable BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidRequestException(field, "fairs.quota");
        }
        return percent.divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
    }

    static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
