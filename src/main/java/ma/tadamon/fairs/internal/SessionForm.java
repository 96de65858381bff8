package ma.tadamon.fairs.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import ma.tadamon.fairs.NewSession;
import ma.tadamon.fairs.ProgrammeSession;
import ma.tadamon.fairs.SessionKind;
import ma.tadamon.fairs.SessionTopic;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** The organiser's session form, as typed: parsed into a {@link NewSession} with errors per field. */
record SessionForm(
        @Nullable String kind,
        @Nullable String topic,
        @Nullable String titleAr,
        @Nullable String titleFr,
        @Nullable String titleEn,
        @Nullable String descriptionAr,
        @Nullable String descriptionFr,
        @Nullable String descriptionEn,
        @Nullable String speakers,
        @Nullable String day,
        @Nullable String startsAt,
        @Nullable String endsAt,
        @Nullable String space,
        @Nullable String capacity,
        @Nullable String language,
        @Nullable Boolean registrationOpen,
        @Nullable Boolean draft) {

    static SessionForm blank(LocalDate day) {
        return new SessionForm(
                "TRAINING",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                day.toString(),
                "10:00",
                "12:00",
                "",
                "30",
                "ar",
                true,
                false);
    }

    static SessionForm of(ProgrammeSession s) {
        return new SessionForm(
                s.kind().name(),
                s.topic() == null ? "" : s.topic().name(),
                s.title().ar(),
                s.title().fr(),
                s.title().en(),
                s.description().ar(),
                s.description().fr(),
                s.description().en(),
                s.speakers(),
                s.day().toString(),
                s.startsAt().toString(),
                s.endsAt().toString(),
                s.space(),
                s.capacity() == null ? "" : s.capacity().toString(),
                s.language(),
                s.registrationOpen(),
                s.status() == ma.tadamon.fairs.SessionStatus.DRAFT);
    }

    NewSession toSession() {
        SessionKind k;
        try {
            k = SessionKind.valueOf(String.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind", "fairs.programme.kind.required");
        }
        SessionTopic t;
        try {
            t = topic == null || topic.isBlank() ? null : SessionTopic.valueOf(topic);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("topic", "typeMismatch");
        }
        LocalDate d;
        try {
            d = LocalDate.parse(String.valueOf(day));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("day", "fairs.programme.day.required");
        }
        LocalTime from = time("startsAt", startsAt);
        LocalTime to = time("endsAt", endsAt);
        Integer seats = null;
        if (capacity != null && !capacity.isBlank()) {
            try {
                seats = Integer.valueOf(capacity.trim());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("capacity", "fairs.programme.capacity.positive");
            }
        }
        return new NewSession(
                k,
                t,
                new LocalizedText(titleAr, titleFr, titleEn),
                new LocalizedText(descriptionAr, descriptionFr, descriptionEn),
                speakers,
                d,
                from,
                to,
                space == null ? "" : space,
                seats,
                language == null ? "ar" : language,
                Boolean.TRUE.equals(registrationOpen),
                Boolean.TRUE.equals(draft));
    }

    private static LocalTime time(String field, @Nullable String value) {
        try {
            return LocalTime.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "fairs.programme.time.invalid");
        }
    }
}
