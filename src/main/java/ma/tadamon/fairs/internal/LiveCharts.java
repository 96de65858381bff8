package ma.tadamon.fairs.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.tadamon.sales.LocationSales;
import org.springframework.context.MessageSource;

/**
 * The data tables the live dashboard and the closing report draw their charts from (see
 * fragments/chart.html): a header and rows of a category then numbers, in the reader's language.
 */
final class LiveCharts {

    record Chart(List<String> columns, List<List<Object>> rows) {}

    private final MessageSource messages;
    private final Locale locale;

    LiveCharts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    String day(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE d MMM", formatting(locale)).format(day);
    }

    static String fullDay(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(formatting(locale))
                .format(day);
    }

    /** Moroccan formatting: Latin digits in Arabic too, as the platform's formats do. */
    static Locale formatting(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> Locale.forLanguageTag("ar-MA");
            case "fr" -> Locale.forLanguageTag("fr-MA");
            default -> Locale.forLanguageTag("en-MA");
        };
    }

    Chart days(List<LocationSales.Day> days) {
        List<List<Object>> rows = new ArrayList<>();
        days.forEach(d -> rows.add(List.of(day(d.day()), d.amount())));
        return new Chart(List.of(text("fairs.live.day"), text("fairs.live.amount")), rows);
    }

    Chart rows(String nameKey, List<LocationSales.Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(List.of(r.label().in(locale), r.amount())));
        return new Chart(List.of(text(nameKey), text("fairs.live.amount")), out);
    }

    Chart payments(List<LocationSales.Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(List.of(text("fairs.live.payment." + r.key()), r.amount())));
        return new Chart(List.of(text("fairs.live.payment"), text("fairs.live.amount")), out);
    }

    Chart footfallDays(Map<LocalDate, Integer> byDay) {
        List<List<Object>> rows = new ArrayList<>();
        byDay.forEach((d, n) -> rows.add(List.of(day(d), n)));
        return new Chart(List.of(text("fairs.live.day"), text("fairs.live.visitors")), rows);
    }

    Chart footfallEntrances(Map<String, Integer> byEntrance) {
        List<List<Object>> rows = new ArrayList<>();
        byEntrance.forEach((e, n) -> rows.add(List.of(e, n)));
        return new Chart(List.of(text("fairs.live.entrance"), text("fairs.live.visitors")), rows);
    }
}
