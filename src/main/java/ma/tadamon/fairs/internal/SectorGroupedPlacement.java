package ma.tadamon.fairs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import ma.tadamon.fairs.Exhibitor;
import org.jspecify.annotations.Nullable;

/**
 * The automatic placement proposal. Visitors walk the rows as a snake (first row eastwards, the
 * next westwards, …), so stands next in that walk are neighbours. Each sector takes the next run
 * of free stands in the walk, its exhibitors ordered by value chain then name, so a sector stands
 * together and its value chains follow one another. Inside the run, exhibitors swap stands until
 * electricity, water and area match as well as they can; one still unmatched moves to the nearest
 * free stand that matches, else stays with its shortfall reported. Stands placed by hand are kept
 * unless the organiser asks to redo everything. The same input always gives the same proposal.
 */
final class SectorGroupedPlacement {

    private SectorGroupedPlacement() {}

    record Assignment(UUID standId, String code, UUID actorId, boolean kept) {}

    /** A need the proposal could not meet; {@code code} is the exhibitor's stand, null when it has none. */
    record Unmet(UUID actorId, Need need, @Nullable String code) {}

    enum Need {
        STAND,
        ELECTRICITY,
        WATER,
        AREA
    }

    record Proposal(List<Assignment> assignments, List<Unmet> unmet) {

        Map<UUID, UUID> actorByStand() {
            Map<UUID, UUID> map = new LinkedHashMap<>();
            assignments.forEach(a -> map.put(a.standId(), a.actorId()));
            return map;
        }

        /** Identifies what the organiser previewed, so that applying a proposal that has since changed is refused. */
        public String fingerprint() {
            return ma.tadamon.platform.Hashes.sha256Hex(assignments.toString()).substring(0, 16);
        }

        List<Unmet> of(UUID actorId) {
            return unmet.stream().filter(u -> u.actorId().equals(actorId)).toList();
        }
    }

    /**
     * @param stands the stands open to exhibitors, with who stands there now
     * @param exhibitors the edition's exhibitors
     * @param redoAll also move the exhibitors an organiser placed by hand
     */
    static Proposal propose(List<FloorPlan.Stand> stands, List<Exhibitor> exhibitors, boolean redoAll) {
        Set<UUID> current = exhibitors.stream().map(Exhibitor::actorId).collect(Collectors.toSet());
        List<FloorPlan.Stand> walk = walkOrder(stands);
        List<Assignment> assignments = new ArrayList<>();
        Set<UUID> keptActors = new TreeSet<>();
        List<FloorPlan.Stand> free = new ArrayList<>();
        for (FloorPlan.Stand s : walk) {
            if (!redoAll && s.byHand() && s.actorId() != null && current.contains(s.actorId())) {
                assignments.add(new Assignment(s.id(), s.code(), s.actorId(), true));
                keptActors.add(s.actorId());
            } else {
                free.add(s);
            }
        }
        List<Exhibitor> toPlace = exhibitors.stream()
                .filter(e -> !keptActors.contains(e.actorId()))
                .sorted(ORDER)
                .toList();
        Map<String, List<Exhibitor>> bySector = new TreeMap<>();
        toPlace.forEach(e ->
                bySector.computeIfAbsent(e.sector(), k -> new ArrayList<>()).add(e));

        Exhibitor[] at = new Exhibitor[free.size()];
        List<Exhibitor> unplaced = new ArrayList<>();
        int cursor = 0;
        for (List<Exhibitor> sector : bySector.values()) {
            List<Integer> run = new ArrayList<>();
            for (int i = cursor; i < free.size() && run.size() < sector.size(); i++) {
                if (at[i] == null) {
                    run.add(i);
                }
            }
            for (int k = 0; k < sector.size(); k++) {
                if (k < run.size()) {
                    at[run.get(k)] = sector.get(k);
                } else {
                    unplaced.add(sector.get(k));
                }
            }
            matchWithinRun(free, at, run);
            moveUnmatched(free, at, run);
            while (cursor < free.size() && at[cursor] != null) {
                cursor++;
            }
        }
        for (int i = 0; i < free.size(); i++) {
            if (at[i] != null) {
                assignments.add(new Assignment(free.get(i).id(), free.get(i).code(), at[i].actorId(), false));
            }
        }
        return new Proposal(ordered(assignments, walk), unmet(assignments, walk, exhibitors, unplaced));
    }

    /** Sector, value chain, name (in French, else Arabic), then id: a total, stable order. */
    static final Comparator<Exhibitor> ORDER = Comparator.comparing(Exhibitor::sector)
            .thenComparing(Exhibitor::valueChain)
            .thenComparing(e -> e.name(Locale.FRENCH).toLowerCase(Locale.ROOT))
            .thenComparing(e -> e.actorId().toString());

    /**
     * The snake walk: rows by their northern edge, north to south; the first row west to east, the
     * next east to west, and so on, so that the end of a row is next to the start of the following.
     */
    static List<FloorPlan.Stand> walkOrder(List<FloorPlan.Stand> stands) {
        List<Long> rows = stands.stream()
                .map(s -> Math.round(s.rect().y() * 10))
                .distinct()
                .sorted()
                .toList();
        return stands.stream()
                .sorted(Comparator.comparingInt((FloorPlan.Stand s) ->
                                rows.indexOf(Math.round(s.rect().y() * 10)))
                        .thenComparingDouble(s -> {
                            int row = rows.indexOf(Math.round(s.rect().y() * 10));
                            return row % 2 == 0 ? s.rect().x() : -s.rect().x();
                        })
                        .thenComparing(FloorPlan.Stand::code))
                .toList();
    }

    /** Swaps pairs of the run while that lowers the number of needs left unmet (then of spare amenities). */
    private static void matchWithinRun(List<FloorPlan.Stand> free, Exhibitor[] at, List<Integer> run) {
        boolean improved = true;
        for (int pass = 0; improved && pass < run.size() + 1; pass++) {
            improved = false;
            for (int p = 0; p < run.size(); p++) {
                int i = run.get(p);
                if (at[i] == null || StandNeeds.fits(free.get(i), at[i])) {
                    continue;
                }
                for (int q = 0; q < run.size(); q++) {
                    int j = run.get(q);
                    if (i == j || at[j] == null) {
                        continue;
                    }
                    int before = cost(free.get(i), at[i]) + cost(free.get(j), at[j]);
                    int after = cost(free.get(i), at[j]) + cost(free.get(j), at[i]);
                    if (after < before) {
                        Exhibitor swap = at[i];
                        at[i] = at[j];
                        at[j] = swap;
                        improved = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * An exhibitor the run cannot suit goes to the nearest free stand that suits it; failing that,
     * to the nearest free stand that lacks fewer of its needs (best fit); else it stays.
     */
    private static void moveUnmatched(List<FloorPlan.Stand> free, Exhibitor[] at, List<Integer> run) {
        for (int i : run) {
            Exhibitor e = at[i];
            if (e == null || StandNeeds.fits(free.get(i), e)) {
                continue;
            }
            int here = StandNeeds.shortfalls(free.get(i), e).size();
            int best = -1;
            int bestMissing = here;
            for (int j = 0; j < free.size(); j++) {
                if (at[j] != null) {
                    continue;
                }
                int missing = StandNeeds.shortfalls(free.get(j), e).size();
                if (missing < bestMissing
                        || missing == bestMissing && best >= 0 && Math.abs(j - i) < Math.abs(best - i)) {
                    best = j;
                    bestMissing = missing;
                }
            }
            if (best >= 0) {
                at[best] = e;
                at[i] = null;
            }
        }
    }

    /** Unmet needs weigh most; a stand's unneeded water or electricity a little, to keep it for others. */
    private static int cost(FloorPlan.Stand stand, Exhibitor exhibitor) {
        return StandNeeds.shortfalls(stand, exhibitor).size() * 10 + StandNeeds.spare(stand, exhibitor);
    }

    private static List<Assignment> ordered(List<Assignment> assignments, List<FloorPlan.Stand> walk) {
        List<UUID> order = walk.stream().map(FloorPlan.Stand::id).toList();
        return assignments.stream()
                .sorted(Comparator.comparingInt(a -> order.indexOf(a.standId())))
                .toList();
    }

    private static List<Unmet> unmet(
            List<Assignment> assignments,
            List<FloorPlan.Stand> walk,
            List<Exhibitor> exhibitors,
            List<Exhibitor> unplaced) {
        Map<UUID, FloorPlan.Stand> stands = new LinkedHashMap<>();
        walk.forEach(s -> stands.put(s.id(), s));
        Map<UUID, Exhibitor> byActor = new LinkedHashMap<>();
        exhibitors.forEach(e -> byActor.put(e.actorId(), e));
        List<Unmet> unmet = new ArrayList<>();
        for (Assignment a : ordered(assignments, walk)) {
            Exhibitor e = byActor.get(a.actorId());
            if (e == null) {
                continue;
            }
            for (StandNeeds.Shortfall s : StandNeeds.shortfalls(stands.get(a.standId()), e)) {
                unmet.add(new Unmet(a.actorId(), Need.valueOf(s.name()), a.code()));
            }
        }
        unplaced.stream().sorted(ORDER).forEach(e -> unmet.add(new Unmet(e.actorId(), Need.STAND, null)));
        return unmet;
    }
}
