package ma.tadamon.fairs;

import java.time.LocalDate;
import java.time.LocalTime;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser enters for a session. The space is a place named in words (training area,
 * cultural stage); a null capacity means open to anyone who comes; the language is the one the
 * session is delivered in (ar, ary for Darija, zgh for Amazigh, fr, en).
 */
public record NewSession(
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
        boolean draft) {

    public static final java.util.List<String> LANGUAGES = java.util.List.of("ar", "ary", "zgh", "fr", "en");
}
