package ma.tadamon.fairs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An edition's floor plan as the organiser edits it: lay out a grid, change the venue, its zones
 * and stands, place exhibitors by hand (place, move, swap, clear) and apply the automatic proposal.
 * Every change stays inside the venue and no two stands overlap; each is audited.
 */
@Service
@Transactional
class PlanEditor {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,11}");

    private final PlanStore store;
    private final Editions editions;
    private final Exhibitors exhibitors;
    private final AuditLog audit;

    PlanEditor(PlanStore store, Editions editions, Exhibitors exhibitors, AuditLog audit) {
        this.store = store;
        this.editions = editions;
        this.exhibitors = exhibitors;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<FloorPlan> find(UUID editionId) {
        return store.find(editionId);
    }

    @Transactional(readOnly = true)
    FloorPlan plan(UUID editionId) {
        return store.find(editionId).orElseThrow(() -> new NotFoundException("plan.none"));
    }

    /** Lays out a new grid plan; an existing plan (and every placement on it) is replaced only when asked. */
    GridPlanGenerator.Layout generate(UUID editionId, GridPlanGenerator.GridSpec spec, boolean replace) {
        editions.get(editionId);
        Optional<FloorPlan> before = store.find(editionId);
        if (before.isPresent() && !replace) {
            throw new InvalidRequestException("replace", "plan.exists");
        }
        GridPlanGenerator.Layout layout = GridPlanGenerator.generate(spec);
        store.replacePlan(editionId, layout.width(), layout.depth());
        List<UUID> zoneIds = new ArrayList<>();
        for (GridPlanGenerator.ZoneDraft z : layout.zones()) {
            UUID id = UUID.randomUUID();
            store.saveZone(editionId, id, z.kind(), z.name(), z.rect());
            zoneIds.add(id);
        }
        UUID sales = zoneIds.get(0);
        for (GridPlanGenerator.StandDraft s : layout.stands()) {
            store.saveStand(
                    editionId,
                    new FloorPlan.Stand(
                            UUID.randomUUID(), s.code(), s.rect(), s.electricity(), s.water(), sales, null, false));
        }
        audit.record(
                "PLAN_GENERATE",
                "edition",
                editionId,
                before.map(p -> Map.of("stands", p.stands().size())).orElse(null),
                Map.of("spec", spec, "stands", layout.stands().size()));
        return layout;
    }

    /** Changes the venue's size; every zone and stand must still lie inside. */
    void resize(UUID editionId, double width, double depth) {
        FloorPlan plan = plan(editionId);
        if (width < 10 || depth < 10 || width > 2000 || depth > 2000) {
            throw new InvalidRequestException("width", "plan.venue");
        }
        for (FloorPlan.Zone z : plan.zones()) {
            if (!z.rect().inside(width, depth)) {
                throw new InvalidRequestException("width", "plan.resize.outside", z.name(Locale.FRENCH));
            }
        }
        for (FloorPlan.Stand s : plan.stands()) {
            if (!s.rect().inside(width, depth)) {
                throw new InvalidRequestException("width", "plan.resize.outside", s.code());
            }
        }
        store.resize(editionId, width, depth);
        audit.record(
                "PLAN_RESIZE",
                "edition",
                editionId,
                Map.of("width", plan.width(), "depth", plan.depth()),
                Map.of("width", width, "depth", depth));
    }

    UUID saveZone(UUID editionId, @Nullable UUID zoneId, ZoneKind kind, LocalizedText name, Rect rect) {
        FloorPlan plan = plan(editionId);
        Optional<FloorPlan.Zone> before = zoneId == null ? Optional.empty() : plan.zone(zoneId);
        if (zoneId != null && before.isEmpty()) {
            throw new NotFoundException("plan.zone.notFound");
        }
        if (!hasText(name.ar()) && !hasText(name.fr()) && !hasText(name.en())) {
            throw new InvalidRequestException("nameFr", "plan.zone.name");
        }
        inside(plan, rect);
        UUID id = zoneId == null ? UUID.randomUUID() : zoneId;
        store.saveZone(editionId, id, kind, trimmed(name), rect);
        rezone(editionId);
        audit.record(
                zoneId == null ? "ZONE_ADD" : "ZONE_CHANGE",
                "edition",
                editionId,
                before.orElse(null),
                Map.of("zone", id, "kind", kind, "rect", rect));
        return id;
    }

    void deleteZone(UUID editionId, UUID zoneId) {
        FloorPlan.Zone zone =
                plan(editionId).zone(zoneId).orElseThrow(() -> new NotFoundException("plan.zone.notFound"));
        store.deleteZone(editionId, zoneId);
        rezone(editionId);
        audit.record("ZONE_DELETE", "edition", editionId, zone, null);
    }

    UUID saveStand(UUID editionId, @Nullable UUID standId, String code, Rect rect, boolean electricity, boolean water) {
        FloorPlan plan = plan(editionId);
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalized).matches()) {
            throw new InvalidRequestException("code", "plan.stand.code");
        }
        Optional<FloorPlan.Stand> before = standId == null
                ? Optional.empty()
                : plan.stands().stream().filter(s -> s.id().equals(standId)).findFirst();
        if (standId != null && before.isEmpty()) {
            throw new NotFoundException("plan.stand.notFound", code);
        }
        for (FloorPlan.Stand other : plan.stands()) {
            if (other.id().equals(standId)) {
                continue;
            }
            if (other.code().equals(normalized)) {
                throw new InvalidRequestException("code", "plan.stand.codeTaken", normalized);
            }
            if (other.rect().overlaps(rect)) {
                throw new InvalidRequestException("x", "plan.stand.overlap", other.code());
            }
        }
        inside(plan, rect);
        UUID id = standId == null ? UUID.randomUUID() : standId;
        UUID zone = plan.zoneAt(rect).map(FloorPlan.Zone::id).orElse(null);
        store.saveStand(editionId, new FloorPlan.Stand(id, normalized, rect, electricity, water, zone, null, false));
        audit.record(
                standId == null ? "STAND_ADD" : "STAND_CHANGE",
                "edition",
                editionId,
                before.orElse(null),
                Map.of("stand", normalized, "rect", rect, "electricity", electricity, "water", water));
        return id;
    }

    void deleteStand(UUID editionId, UUID standId) {
        FloorPlan.Stand stand = plan(editionId).stands().stream()
                .filter(s -> s.id().equals(standId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("plan.stand.notFound", standId));
        store.deleteStand(editionId, standId);
        audit.record("STAND_DELETE", "edition", editionId, stand, null);
    }

    /**
     * Places an exhibitor at a stand by hand, moving it there if it stood elsewhere. A stand taken by
     * another exhibitor is refused (swap or clear it first). Returns what the stand lacks.
     */
    List<StandNeeds.Shortfall> place(UUID editionId, UUID actorId, String code) {
        store.forgetWithdrawn(editionId);
        FloorPlan plan = plan(editionId);
        Exhibitor exhibitor = exhibitors
                .find(editionId, actorId)
                .filter(e -> exhibitors.of(editionId).stream()
                        .anyMatch(x -> x.actorId().equals(actorId)))
                .orElseThrow(() -> new InvalidRequestException("actorId", "plan.place.notExhibitor"));
        FloorPlan.Stand stand = stand(plan, code, "standCode");
        if (actorId.equals(stand.actorId())) {
            return StandNeeds.shortfalls(stand, exhibitor);
        }
        if (stand.actorId() != null) {
            String other = exhibitors
                    .find(editionId, stand.actorId())
                    .map(e -> e.name(Locale.FRENCH))
                    .orElse("?");
            throw new InvalidRequestException("standCode", "plan.place.occupied", stand.code(), other);
        }
        Optional<FloorPlan.Stand> from = plan.standOf(actorId);
        store.clearActor(editionId, actorId);
        store.place(editionId, stand.id(), actorId, true);
        audit.record(
                from.isPresent() ? "STAND_MOVE" : "STAND_PLACE",
                "edition",
                editionId,
                from.map(s -> Map.of("actor", actorId, "stand", s.code())).orElse(null),
                Map.of("actor", actorId, "stand", stand.code()));
        return StandNeeds.shortfalls(stand, exhibitor);
    }

    /** Exchanges who stands at two stands (either may be free: then it is a move). */
    void swap(UUID editionId, String first, String second) {
        store.forgetWithdrawn(editionId);
        FloorPlan plan = plan(editionId);
        FloorPlan.Stand a = stand(plan, first, "first");
        FloorPlan.Stand b = stand(plan, second, "second");
        if (a.id().equals(b.id())) {
            throw new InvalidRequestException("second", "plan.swap.same");
        }
        if (a.free() && b.free()) {
            throw new InvalidRequestException("first", "plan.swap.empty");
        }
        store.clearStand(a.id());
        store.clearStand(b.id());
        if (b.actorId() != null) {
            store.place(editionId, a.id(), b.actorId(), true);
        }
        if (a.actorId() != null) {
            store.place(editionId, b.id(), a.actorId(), true);
        }
        audit.record(
                "STAND_SWAP",
                "edition",
                editionId,
                Map.of(a.code(), String.valueOf(a.actorId()), b.code(), String.valueOf(b.actorId())),
                Map.of(a.code(), String.valueOf(b.actorId()), b.code(), String.valueOf(a.actorId())));
    }

    void clear(UUID editionId, String code) {
        FloorPlan.Stand stand = stand(plan(editionId), code, "standCode");
        store.clearStand(stand.id());
        audit.record(
                "STAND_CLEAR",
                "edition",
                editionId,
                Map.of("stand", stand.code(), "actor", String.valueOf(stand.actorId())),
                null);
    }

    /** The automatic proposal for the edition's current exhibitors, not applied. */
    @Transactional(readOnly = true)
    SectorGroupedPlacement.Proposal propose(UUID editionId, boolean redoAll) {
        FloorPlan plan = plan(editionId);
        List<Exhibitor> current = exhibitors.of(editionId);
        List<Exhibitor> toPlace = current;
        if (!redoAll) {
            // Exhibitors placed by hand outside the sales zones stay there.
            List<UUID> elsewhere = plan.stands().stream()
                    .filter(s -> s.byHand() && s.actorId() != null)
                    .filter(s -> !plan.standsForExhibitors().contains(s))
                    .map(FloorPlan.Stand::actorId)
                    .toList();
            toPlace = current.stream()
                    .filter(e -> !elsewhere.contains(e.actorId()))
                    .toList();
        }
        return SectorGroupedPlacement.propose(plan.standsForExhibitors(), toPlace, redoAll);
    }

    /** Applies the proposal: stands placed by hand stay unless redoing all; every other stand follows it. */
    SectorGroupedPlacement.Proposal apply(UUID editionId, boolean redoAll) {
        return apply(editionId, redoAll, null);
    }

    /** Applies the proposal only if it is still the one previewed (its fingerprint), when one is given. */
    SectorGroupedPlacement.Proposal apply(UUID editionId, boolean redoAll, @Nullable String previewed) {
        store.forgetWithdrawn(editionId);
        SectorGroupedPlacement.Proposal proposal = propose(editionId, redoAll);
        if (previewed != null && !previewed.isBlank() && !previewed.equals(proposal.fingerprint())) {
            throw new InvalidRequestException("proposal", "plan.proposal.changed");
        }
        FloorPlan plan = plan(editionId);
        if (redoAll) {
            store.clearAll(editionId, true);
        } else {
            List<UUID> exhibitorStands = plan.standsForExhibitors().stream()
                    .filter(s -> !s.byHand())
                    .map(FloorPlan.Stand::id)
                    .toList();
            exhibitorStands.forEach(store::clearStand);
            // An exhibitor placed automatically elsewhere is moved by the proposal too.
            plan.stands().stream()
                    .filter(s -> !s.byHand() && s.actorId() != null && !exhibitorStands.contains(s.id()))
                    .forEach(s -> store.clearStand(s.id()));
        }
        for (SectorGroupedPlacement.Assignment a : proposal.assignments()) {
            if (!a.kept()) {
                store.place(editionId, a.standId(), a.actorId(), false);
            }
        }
        audit.record(
                "PLAN_PROPOSAL_APPLY",
                "edition",
                editionId,
                Map.of("placed", plan.placedCount()),
                Map.of(
                        "placed",
                        proposal.assignments().size(),
                        "unmet",
                        proposal.unmet().size(),
                        "redoAll",
                        redoAll));
        return proposal;
    }

    static Rect rect(@Nullable Double x, @Nullable Double y, @Nullable Double w, @Nullable Double h) {
        if (x == null || y == null || x < 0 || y < 0) {
            throw new InvalidRequestException("x", "plan.rect.position");
        }
        if (w == null || h == null || w < 1 || h < 1) {
            throw new InvalidRequestException("w", "plan.rect.size");
        }
        return new Rect(x, y, w, h);
    }

    private static void inside(FloorPlan plan, Rect rect) {
        if (!rect.inside(plan.width(), plan.depth())) {
            throw new InvalidRequestException("x", "plan.outside", fmt(plan.width()), fmt(plan.depth()));
        }
    }

    private static FloorPlan.Stand stand(FloorPlan plan, @Nullable String code, String field) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return plan.stand(normalized)
                .orElseThrow(() -> new InvalidRequestException(field, "plan.stand.notFound", normalized));
    }

    private void rezone(UUID editionId) {
        FloorPlan plan = plan(editionId);
        for (FloorPlan.Stand s : plan.stands()) {
            UUID zone = plan.zoneAt(s.rect()).map(FloorPlan.Zone::id).orElse(null);
            if (!java.util.Objects.equals(zone, s.zoneId())) {
                store.setZone(s.id(), zone);
            }
        }
    }

    static String fmt(double metres) {
        return metres == Math.rint(metres) ? String.valueOf((long) metres) : String.valueOf(metres);
    }

    private static LocalizedText trimmed(LocalizedText t) {
        return new LocalizedText(blankToNull(t.ar()), blankToNull(t.fr()), blankToNull(t.en()));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean hasText(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
