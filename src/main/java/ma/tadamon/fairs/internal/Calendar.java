package ma.tadamon.fairs.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Programme;
import ma.tadamon.fairs.ProgrammeSession;

/** A session as an iCalendar event (RFC 5545), times in UTC, text escaped and lines folded. */
final class Calendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Calendar() {}

    static String event(ProgrammeSession s, Edition edition, Locale locale, String url) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Tadamon//Fairs programme//EN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + s.id() + "@tadamon.ma");
        line(ics, "DTSTAMP:" + UTC.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        line(ics, "DTSTART:" + UTC.format(s.day().atTime(s.startsAt()).atZone(Programme.ZONE)));
        line(ics, "DTEND:" + UTC.format(s.day().atTime(s.endsAt()).atZone(Programme.ZONE)));
        line(ics, "SUMMARY:" + escape(s.title(locale)));
        String venue = edition.venue().in(locale);
        line(ics, "LOCATION:" + escape(venue.isEmpty() ? s.space() : s.space() + " — " + venue));
        String description = edition.name(locale)
                + (s.speakers() == null ? "" : "\n" + s.speakers())
                + (s.description().in(locale).isEmpty()
                        ? ""
                        : "\n\n" + s.description().in(locale));
        line(ics, "DESCRIPTION:" + escape(description));
        line(ics, "URL:" + url);
        line(ics, "STATUS:" + (s.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Content lines of at most 75 octets, continued on lines starting with a space, never inside a character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
