package ma.tadamon.fairs.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public "who is where" of an edition as data: every stand with its place, size, amenities and exhibitor. */
@RestController
@Tag(
        name = "Fairs",
        description =
                "Mobile markets: editions, organisers and partners, exhibitors, the call, floor plans, programmes")
@SecurityRequirements
class StandApi {

    private final Editions editions;
    private final PlanEditor plans;
    private final PlanViews views;

    StandApi(Editions editions, PlanEditor plans, PlanViews views) {
        this.editions = editions;
        this.plans = plans;
        this.views = views;
    }

    @GetMapping("/api/v1/fairs/{slug}/stands")
    @Operation(
            operationId = "listFairStands",
            summary = "The stands of an edition's floor plan and who stands where",
            description = "Positions and sizes in metres from the venue's north-west corner (x eastwards, y"
                    + " southwards), by stand code. Exhibitors are given once stands are allocated (status"
                    + " ALLOCATION or later); before, every stand reads as free. Empty when the edition has no plan.")
    List<StandDto> stands(@PathVariable @Parameter(description = "The edition's slug") String slug) {
        Edition edition = editions.findBySlug(slug)
                .filter(e -> e.status() != EditionStatus.PLANNED)
                .orElseThrow(() -> new NotFoundException("edition.notFound"));
        FloorPlan plan = plans.find(edition.id()).orElse(null);
        if (plan == null) {
            return List.of();
        }
        Map<UUID, Exhibitor> shown = PlanViews.published(edition) ? views.exhibitors(edition.id()) : Map.of();
        return plan.stands().stream()
                .sorted(Comparator.comparing(FloorPlan.Stand::code))
                .map(s -> {
                    FloorPlan.Zone zone = plan.zone(s.zoneId()).orElse(null);
                    Exhibitor e = s.actorId() == null ? null : shown.get(s.actorId());
                    return new StandDto(
                            s.code(),
                            zone == null ? null : zone.kind().name(),
                            zone == null ? null : zone.name().ar(),
                            zone == null ? null : zone.name().fr(),
                            BigDecimal.valueOf(s.rect().x()),
                            BigDecimal.valueOf(s.rect().y()),
                            BigDecimal.valueOf(s.rect().w()),
                            BigDecimal.valueOf(s.rect().h()),
                            BigDecimal.valueOf(s.area()),
                            s.electricity(),
                            s.water(),
                            e == null
                                    ? null
                                    : new StandExhibitor(
                                            e.actorId(),
                                            e.name().ar(),
                                            e.name().fr(),
                                            e.valueChain(),
                                            e.sector(),
                                            "/actors/" + e.actorId()));
                })
                .toList();
    }

    @Schema(name = "FairStand")
    record StandDto(
            @Schema(example = "A-01") String code,

            @Schema(description = "SALES, TRAINING, STAGE, STORE_CORNER, ENTRANCE or SERVICES") @Nullable
            String zoneKind,

            @Nullable String zoneNameAr,
            @Nullable String zoneNameFr,
            BigDecimal x,
            BigDecimal y,
            BigDecimal width,
            BigDecimal depth,
            BigDecimal areaM2,
            boolean electricity,
            boolean water,

            @Schema(description = "Null for a free stand") @Nullable
            StandExhibitor exhibitor) {}

    @Schema(name = "FairStandExhibitor")
    record StandExhibitor(
            UUID actorId,
            @Nullable String nameAr,
            @Nullable String nameFr,
            String valueChain,
            String sector,

            @Schema(description = "The actor's public profile in the directory", example = "/actors/…")
            String profile) {}
}
