package ma.tadamon.platform.indicators;

import java.time.LocalDate;

/** The periods an indicator's values are grouped by; keys are ISO-like: 2025, 2025-Q3, 2025-07. */
public enum PeriodGrain {
    MONTH,
    QUARTER,
    YEAR;

    /** The first day of the period containing {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    public String key(LocalDate start) {
        return switch (this) {
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> "%d-Q%d".formatted(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
