package ma.tadamon.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, MAD amounts and dates in the reader's language with Moroccan conventions, for templates
 * ({@code ${@fmt.money(amount)}}) and for code. Times are shown in Morocco's zone.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final Currency MAD = Currency.getInstance("MAD");

    public String number(@Nullable Number value) {
        if (value == null) {
            return "";
        }
        return NumberFormat.getNumberInstance(locale()).format(value);
    }

    public String percent(@Nullable Number ratio) {
        if (ratio == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(ratio);
    }

    public String money(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(MAD);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    public String date(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(date);
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(MOROCCO)
                .format(instant);
    }

    /** A month given as {@code yyyy-MM} in words: "mars 2026", "مارس 2026", "March 2026". */
    public String month(@Nullable String isoMonth) {
        if (isoMonth == null || isoMonth.isBlank()) {
            return "";
        }
        return java.time.YearMonth.parse(isoMonth)
                .format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale()));
    }

    /** ISO form for {@code <time datetime>} attributes. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static Locale locale() {
        return Languages.formatting(LocaleContextHolder.getLocale());
    }
}
