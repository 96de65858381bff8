package ma.tadamon.fairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Two sessions clash when they share a space on the same day and their times overlap (one ending
 * when the other starts is no clash). Spaces are compared ignoring case and spacing, since they are
 * typed in words; cancelled sessions clash with nothing.
 */
public final class ProgrammeClashes {

    private ProgrammeClashes() {}

    /** One pair of sessions that clash, the earlier first. */
    public record Clash(ProgrammeSession first, ProgrammeSession second) {

        public boolean involves(UUID sessionId) {
            return first.id().equals(sessionId) || second.id().equals(sessionId);
        }
    }

    public static List<Clash> in(List<ProgrammeSession> sessions) {
        List<ProgrammeSession> live = sessions.stream()
                .filter(s -> !s.cancelled())
                .sorted(java.util.Comparator.comparing(ProgrammeSession::day)
                        .thenComparing(ProgrammeSession::startsAt)
                        .thenComparing(ProgrammeSession::endsAt))
                .toList();
        List<Clash> clashes = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            for (int j = i + 1; j < live.size(); j++) {
                ProgrammeSession a = live.get(i);
                ProgrammeSession b = live.get(j);
                if (clash(a, b)) {
                    clashes.add(new Clash(a, b));
                }
            }
        }
        return clashes;
    }

    public static boolean clash(ProgrammeSession a, ProgrammeSession b) {
        return !a.id().equals(b.id())
                && !a.cancelled()
                && !b.cancelled()
                && a.day().equals(b.day())
                && sameSpace(a.space(), b.space())
                && a.startsAt().isBefore(b.endsAt())
                && b.startsAt().isBefore(a.endsAt());
    }

    public static boolean sameSpace(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String space) {
        return space.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
