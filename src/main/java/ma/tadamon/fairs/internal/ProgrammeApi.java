package ma.tadamon.fairs.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Programme;
import ma.tadamon.fairs.ProgrammeSession;
import ma.tadamon.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public programme of an edition as JSON: what the programme page shows, for apps and partners. */
@RestController
@Tag(
        name = "Fairs",
        description =
                "Mobile markets: editions, organisers and partners, exhibitors, the call, floor plans, programmes")
@SecurityRequirements
class ProgrammeApi {

    private final Editions editions;
    private final Programme programme;

    ProgrammeApi(Editions editions, Programme programme) {
        this.editions = editions;
        this.programme = programme;
    }

    @GetMapping("/api/v1/fairs/{slug}/programme")
    @Operation(
            operationId = "getFairProgramme",
            summary = "An edition's programme",
            description = "Trainings, workshops, seminars, success stories and cultural evenings by day and time,"
                    + " with their space, speakers and seats left (null when open to all). Cancelled sessions are"
                    + " listed with status CANCELLED; drafts are not.")
    ProgrammeDto programme(
            @PathVariable @Parameter(description = "The edition's slug", example = "souk-solidaire-agadir-1-2025")
                    String slug) {
        Edition edition = editions.findBySlug(slug)
                .filter(e -> e.status() != EditionStatus.PLANNED)
                .orElseThrow(() -> new NotFoundException("edition.notFound"));
        return new ProgrammeDto(
                edition.id(),
                edition.slug(),
                edition.name().ar(),
                edition.name().fr(),
                edition.name().en(),
                edition.startsOn(),
                edition.endsOn(),
                programme.published(edition.id()).stream()
                        .map(ProgrammeApi::session)
                        .toList());
    }

    private static SessionDto session(ProgrammeSession s) {
        return new SessionDto(
                s.id(),
                s.kind().name(),
                s.topic() == null ? null : s.topic().name(),
                s.title().ar(),
                s.title().fr(),
                s.title().en(),
                s.description().ar(),
                s.description().fr(),
                s.description().en(),
                s.speakers(),
                s.day(),
                Programme.hhmm(s.startsAt()),
                Programme.hhmm(s.endsAt()),
                s.space(),
                s.language(),
                s.capacity(),
                s.seatsLeft(),
                s.registrationOpen() && !s.cancelled(),
                s.status().name());
    }

    @Schema(name = "FairProgramme")
    record ProgrammeDto(
            UUID editionId,
            String slug,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            LocalDate startsOn,
            LocalDate endsOn,
            List<SessionDto> sessions) {}

    @Schema(name = "FairSession")
    record SessionDto(
            UUID id,

            @Schema(description = "TRAINING, WORKSHOP, SEMINAR, SUCCESS_STORY, CULTURAL or OTHER")
            String kind,

            @Schema(description = "FINANCING, MARKETING_PLAN, E_MARKETING, PACKAGING, CERTIFICATION, GOVERNANCE, OTHER")
            @Nullable
            String topic,

            @Nullable String titleAr,
            @Nullable String titleFr,
            @Nullable String titleEn,
            @Nullable String descriptionAr,
            @Nullable String descriptionFr,
            @Nullable String descriptionEn,
            @Nullable String speakers,
            LocalDate day,
            @Schema(example = "10:00") String startsAt,
            @Schema(example = "12:00") String endsAt,
            @Schema(example = "Espace formation") String space,

            @Schema(description = "Language of delivery: ar, ary (Darija), zgh (Amazigh), fr, en")
            String language,

            @Nullable Integer capacity,

            @Schema(description = "Seats left; null when open to all") @Nullable
            Integer seatsLeft,

            boolean registrationOpen,
            @Schema(description = "CONFIRMED or CANCELLED") String status) {}
}
