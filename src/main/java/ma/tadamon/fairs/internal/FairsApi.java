package ma.tadamon.fairs.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Application;
import ma.tadamon.fairs.Applications;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.fairs.NewApplication;
import ma.tadamon.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The fairs' public read API, and applying to a call for an actor's managers. */
@RestController
@Tag(
        name = "Fairs",
        description =
                "Mobile markets: editions, organisers and partners, exhibitors, the call, floor plans, programmes")
class FairsApi {

    private final Editions editions;
    private final Exhibitors exhibitors;
    private final Applications applications;
    private final FairsAccess access;

    FairsApi(Editions editions, Exhibitors exhibitors, Applications applications, FairsAccess access) {
        this.editions = editions;
        this.exhibitors = exhibitors;
        this.applications = applications;
        this.access = access;
    }

    @GetMapping("/api/v1/fairs")
    @SecurityRequirements
    @Operation(operationId = "listFairs", summary = "Published editions, latest first")
    List<EditionLine> list() {
        return editions.published().stream().map(FairsApi::line).toList();
    }

    @GetMapping("/api/v1/fairs/{slug}")
    @SecurityRequirements
    @Operation(operationId = "getFair", summary = "One published edition with its organisers, partners and exhibitors")
    EditionDetail one(
            @PathVariable @Parameter(description = "The edition's slug", example = "souk-solidaire-agadir-2-2027")
                    String slug) {
        Edition e = editions.findBySlug(slug)
                .filter(x -> x.status() != EditionStatus.PLANNED)
                .orElseThrow(() -> new NotFoundException("edition.notFound"));
        return new EditionDetail(
                line(e),
                e.venue().ar(),
                e.venue().fr(),
                e.slogan().ar(),
                e.slogan().fr(),
                e.opensAt(),
                e.closesAt(),
                e.areaM2(),
                e.callDeadline(),
                e.openToOtherRegions(),
                e.callOpenAt(Instant.now()),
                editions.parties(e.id()).stream()
                        .map(p -> new PartyLine(
                                p.partyId(), p.name().ar(), p.name().fr(), p.role()))
                        .toList(),
                exhibitors.of(e.id()).stream()
                        .map(x -> new ExhibitorLine(
                                x.actorId(), x.name().ar(), x.name().fr(), x.valueChain(), x.sector(), x.regionId()))
                        .toList());
    }

    @PostMapping("/api/v1/fairs/{id}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "applyToFair",
            summary = "Apply to an edition's call for one's actor (its managers)",
            description = "Refused (422, a problem detail in the caller's language) when the call is closed, the actor"
                    + " is not active or from another region of an edition closed to them, or a food product has no"
                    + " valid sanitary credential (ONSSA).")
    Map<String, Object> apply(
            @PathVariable @Parameter(description = "The edition's id") UUID id, @RequestBody ApplicationInput input) {
        access.requireActFor(input.actorId());
        UUID applicationId = applications.apply(
                id,
                input.actorId(),
                new NewApplication(
                        input.products() == null ? List.of() : input.products(),
                        input.areaM2(),
                        Boolean.TRUE.equals(input.electricity()),
                        Boolean.TRUE.equals(input.water()),
                        input.note()));
        Application a = applications.get(applicationId);
        return Map.of("id", applicationId, "status", a.status().name());
    }

    private static EditionLine line(Edition e) {
        return new EditionLine(
                e.id(),
                e.slug(),
                e.name().ar(),
                e.name().fr(),
                e.name().en(),
                e.editionNo(),
                e.territoryId(),
                e.startsOn(),
                e.endsOn(),
                e.status().name());
    }

    record EditionLine(
            UUID id,
            String slug,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            int editionNo,
            long territoryId,
            LocalDate startsOn,
            LocalDate endsOn,
            String status) {}

    record EditionDetail(
            EditionLine edition,
            @Nullable String venueAr,
            @Nullable String venueFr,
            @Nullable String sloganAr,
            @Nullable String sloganFr,
            LocalTime opensAt,
            LocalTime closesAt,
            @Nullable Integer areaM2,
            @Nullable Instant callDeadline,
            boolean openToOtherRegions,
            boolean callOpen,
            List<PartyLine> parties,
            List<ExhibitorLine> exhibitors) {}

    record PartyLine(
            UUID id, @Nullable String nameAr, @Nullable String nameFr, String role) {}

    record ExhibitorLine(
            UUID actorId,
            @Nullable String nameAr,
            @Nullable String nameFr,
            String valueChain,
            String sector,
            @Nullable Long regionId) {}

    record ApplicationInput(
            UUID actorId,
            @Nullable List<UUID> products,
            @Nullable BigDecimal areaM2,
            @Nullable Boolean electricity,
            @Nullable Boolean water,
            @Nullable String note) {}
}
