package ma.tadamon.fairs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** An edition's venue to scale: its size in metres, its zones and its stands with who stands there. */
record FloorPlan(UUID editionId, double width, double depth, List<Zone> zones, List<Stand> stands) {

    FloorPlan {
        zones = List.copyOf(zones);
        stands = List.copyOf(stands);
    }

    record Zone(UUID id, ZoneKind kind, LocalizedText name, Rect rect) {

        public String name(Locale locale) {
            return name.in(locale);
        }
    }

    /** A stand; {@code actorId} is the exhibitor placed there, {@code byHand} when an organiser chose it. */
    record Stand(
            UUID id,
            String code,
            Rect rect,
            boolean electricity,
            boolean water,
            @Nullable UUID zoneId,
            @Nullable UUID actorId,
            boolean byHand) {

        public double area() {
            return rect.area();
        }

        public boolean free() {
            return actorId == null;
        }

        /** "x, y — w × h" in metres, for tables. */
        public String position() {
            return PlanEditor.fmt(rect.x()) + ", " + PlanEditor.fmt(rect.y()) + " — " + PlanEditor.fmt(rect.w()) + " × "
                    + PlanEditor.fmt(rect.h());
        }

        Stand placing(@Nullable UUID actor, boolean hand) {
            return new Stand(id, code, rect, electricity, water, zoneId, actor, hand);
        }
    }

    public String widthText() {
        return PlanEditor.fmt(width);
    }

    public String depthText() {
        return PlanEditor.fmt(depth);
    }

    Optional<Zone> zone(@Nullable UUID id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst();
    }

    Optional<Stand> stand(String code) {
        return stands.stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
    }

    Optional<Stand> standOf(UUID actorId) {
        return stands.stream().filter(s -> actorId.equals(s.actorId())).findFirst();
    }

    /** Stands that exhibitors may be placed at automatically: in a sales zone, or in no zone. */
    List<Stand> standsForExhibitors() {
        return stands.stream()
                .filter(s -> zone(s.zoneId()).map(z -> z.kind().forExhibitors()).orElse(true))
                .toList();
    }

    /** The zone a rectangle falls in: the smallest zone holding its centre. */
    Optional<Zone> zoneAt(Rect rect) {
        return zones.stream()
                .filter(z -> z.rect().contains(rect.centreX(), rect.centreY()))
                .min(Comparator.comparingDouble((Zone z) -> z.rect().area()).thenComparing(z -> z.id().toString()));
    }

    /** The same plan with these exhibitors at these stands (by stand id) and every other stand free. */
    FloorPlan withPlacements(Map<UUID, UUID> actorByStand) {
        List<Stand> placed = new ArrayList<>();
        for (Stand s : stands) {
            placed.add(s.placing(actorByStand.get(s.id()), false));
        }
        return new FloorPlan(editionId, width, depth, zones, placed);
    }

    int placedCount() {
        return (int) stands.stream().filter(s -> !s.free()).count();
    }
}
