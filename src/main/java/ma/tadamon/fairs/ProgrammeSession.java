package ma.tadamon.fairs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A session of an edition's programme, with the number of people registered so far. */
public record ProgrammeSession(
        UUID id,
        UUID editionId,
        SessionKind kind,
        @Nullable SessionTopic topic,
        LocalizedText title,
        LocalizedText description,
        @Nullable String speakers,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        String space,
        @Nullable Integer capacity,
        String language,
        boolean registrationOpen,
        SessionStatus status,
        int registered,
        int attended) {

    public String title(Locale locale) {
        return title.in(locale);
    }

    /** Seats still free; null when the session has no limit. */
    public @Nullable Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - registered);
    }

    public boolean full() {
        return capacity != null && registered >= capacity;
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public boolean endedBy(LocalDateTime now) {
        return !day.atTime(endsAt).isAfter(now);
    }

    /** Open to registrations now: confirmed, open, not full and not over. */
    public boolean takesRegistrationsAt(LocalDateTime now) {
        return status == SessionStatus.CONFIRMED && registrationOpen && !full() && !endedBy(now);
    }

    public NewSession asNew() {
        return new NewSession(
                kind,
                topic,
                title,
                description,
                speakers,
                day,
                startsAt,
                endsAt,
                space,
                capacity,
                language,
                registrationOpen,
                status == SessionStatus.DRAFT);
    }
}
