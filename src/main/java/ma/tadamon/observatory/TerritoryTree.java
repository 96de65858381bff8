package ma.tadamon.observatory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The map in memory (a few thousand territories): names and codes for every row shown, and each
 * territory's ancestor at each level for rolling up a provider's facts. Reloaded every few
 * minutes, so imported communes appear without a restart.
 */
@Component
class TerritoryTree {

    private static final Duration KEPT = Duration.ofMinutes(5);

    private final Territories territories;
    private volatile @Nullable Snapshot snapshot;

    TerritoryTree(Territories territories) {
        this.territories = territories;
    }

    private record Snapshot(
            Instant loadedAt,
            Map<Long, Territory> byId,
            Map<String, Territory> byCode,
            Map<Long, List<Territory>> children) {}

    private Snapshot now() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(KEPT).isBefore(Instant.now())) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Map<Long, Territory> byId = new HashMap<>();
        Map<String, Territory> byCode = new HashMap<>();
        Map<Long, List<Territory>> children = new HashMap<>();
        for (TerritoryLevel level : TerritoryLevel.values()) {
            for (Territory t : territories.atLevel(level)) {
                byId.put(t.id(), t);
                byCode.put(t.code(), t);
            }
        }
        for (Territory t : byId.values()) {
            if (t.parentId() != null) {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Territory::code)));
        return new Snapshot(Instant.now(), byId, byCode, children);
    }

    void forget() {
        snapshot = null;
    }

    Optional<Territory> byCode(String code) {
        return Optional.ofNullable(now().byCode().get(code.trim()));
    }

    Optional<Territory> byId(long id) {
        return Optional.ofNullable(now().byId().get(id));
    }

    Territory country() {
        return now().byId().values().stream()
                .filter(t -> t.level() == TerritoryLevel.COUNTRY)
                .findFirst()
                .orElseThrow();
    }

    List<Territory> children(long id) {
        return now().children().getOrDefault(id, List.of());
    }

    /** The territories at {@code level} within {@code scope} (itself when it is at that level). */
    List<Territory> within(Territory scope, TerritoryLevel level) {
        if (scope.level() == level) {
            return List.of(scope);
        }
        List<Territory> found = new ArrayList<>();
        for (Territory child : children(scope.id())) {
            if (child.level().ordinal() <= level.ordinal()) {
                found.addAll(within(child, level));
            }
        }
        return found;
    }

    /** From the country down to {@code territory} itself. */
    List<Territory> path(Territory territory) {
        List<Territory> path = new ArrayList<>();
        Territory at = territory;
        while (at != null) {
            path.add(0, at);
            at = at.parentId() == null ? null : now().byId().get(at.parentId());
        }
        return path;
    }

    /** {@code territory}'s ancestor (or itself) at {@code level}, if it lies at or below it. */
    Optional<Territory> ancestorAt(long territoryId, TerritoryLevel level) {
        Territory at = now().byId().get(territoryId);
        while (at != null && at.level().ordinal() > level.ordinal()) {
            at = at.parentId() == null ? null : now().byId().get(at.parentId());
        }
        return at != null && at.level() == level ? Optional.of(at) : Optional.empty();
    }

    boolean isWithin(long territoryId, Territory scope) {
        return ancestorAt(territoryId, scope.level())
                .map(a -> a.id() == scope.id())
                .orElse(false);
    }
}
