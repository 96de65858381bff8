package ma.tadamon.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.AgeBand;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.ActorSummary;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.DirectoryQuery;
import ma.tadamon.registry.MemberStats;
import ma.tadamon.registry.Members;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public read API of the registry: directory search, profiles, the value-chain taxonomy. */
@RestController
@Tag(
        name = "Registry",
        description = "SSE actors: cooperatives, unions, associations, TPE, auto-entrepreneurs, project holders")
@SecurityRequirements
class ActorApi {

    private final Actors actors;
    private final Members members;
    private final Territories territories;

    ActorApi(Actors actors, Members members, Territories territories) {
        this.actors = actors;
        this.members = members;
        this.territories = territories;
    }

    @GetMapping("/api/v1/actors")
    @Operation(
            operationId = "searchActors",
            summary = "Search the directory of actors",
            description =
                    "Paginated, most relevant first. Names match in Arabic or French whatever the hamza, taa marbuta,"
                            + " diacritics, accents or case.")
    PageResult<ActorLine> search(
            @RequestParam(required = false)
                    @Parameter(description = "Words of the name", example = "تعاونية الأمل")
                    @Nullable
                    String q,
            @RequestParam(required = false)
                    @Parameter(description = "Official code of a region, province or commune", example = "09")
                    @Nullable
                    String territory,
            @RequestParam(required = false) @Parameter(description = "Type of actor") @Nullable ActorType type,
            @RequestParam(required = false) @Parameter(description = "Sector code, e.g. HANDICRAFTS") @Nullable
                    String sector,
            @RequestParam(required = false) @Parameter(description = "Value chain code, e.g. ARGAN") @Nullable
                    String valueChain,
            @RequestParam(required = false) @Parameter(description = "Only women-led (true) or not (false)") @Nullable
                    Boolean womenLed,
            @RequestParam(required = false) @Parameter(description = "Only youth-led (true) or not (false)") @Nullable
                    Boolean youthLed,
            @RequestParam(required = false)
                    @Parameter(description = "Only actors with this tag, e.g. a verified label: label:IGP")
                    @Nullable
                    String tag,
            @RequestParam(defaultValue = "0") @Parameter(description = "Page number, from 0") int page,
            @RequestParam(defaultValue = "20") @Parameter(description = "Page size, at most 200") int size) {
        PageResult<ActorSummary> result = actors.search(new DirectoryQuery(
                q,
                territory,
                type,
                sector,
                valueChain,
                womenLed,
                youthLed,
                PageResult.page(page),
                PageResult.size(size),
                tag == null || tag.isBlank() ? null : tag.trim()));
        return result.map(a -> new ActorLine(
                a.id(),
                a.type(),
                a.name().ar(),
                a.name().fr(),
                a.valueChain(),
                a.communeCode(),
                a.status().name(),
                a.womenLed(),
                a.youthLed(),
                a.latitude(),
                a.longitude()));
    }

    @GetMapping("/api/v1/actors/{id}")
    @Operation(
            operationId = "getActor",
            summary = "One actor's public record",
            description = "Public fields and member aggregates (by gender and age band); never members' personal data.")
    ActorProfile one(@PathVariable @Parameter(description = "The actor's id") UUID id) {
        Actor a = actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound"));
        String commune = territories.codesOf(List.of(a.communeId())).get(a.communeId());
        MemberStats stats = members.stats(id);
        return new ActorProfile(
                a.id(),
                a.type(),
                a.name().ar(),
                a.name().fr(),
                a.name().en(),
                a.legalForm(),
                a.valueChain(),
                a.sector(),
                commune,
                a.status().name(),
                a.registrationNumber(),
                a.ice(),
                a.phone(),
                a.email(),
                a.story().ar(),
                a.story().fr(),
                a.womenLed(),
                a.youthLed(),
                stats.total(),
                stats.women(),
                stats.men(),
                java.util.Arrays.stream(AgeBand.values())
                        .map(b -> new AgeBandCount(b.name(), stats.in(b)[0], stats.in(b)[1]))
                        .toList());
    }

    @GetMapping("/api/v1/value-chains")
    @Operation(operationId = "listValueChains", summary = "The taxonomy of sectors and value chains")
    List<ValueChainDto> valueChains() {
        return actors.valueChains().stream()
                .map(v -> new ValueChainDto(
                        v.code(),
                        v.sector(),
                        v.name().ar(),
                        v.name().fr(),
                        v.name().en()))
                .toList();
    }

    @Schema(name = "ActorLine")
    record ActorLine(
            UUID id,
            ActorType type,
            @Nullable String nameAr,
            @Nullable String nameFr,
            String valueChain,
            @Nullable String communeCode,
            String status,
            boolean womenLed,
            boolean youthLed,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {}

    @Schema(name = "Actor")
    record ActorProfile(
            UUID id,
            ActorType type,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            @Nullable String legalForm,
            String valueChain,
            String sector,
            @Nullable String communeCode,
            String status,
            @Nullable String registrationNumber,
            @Nullable String ice,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String storyAr,
            @Nullable String storyFr,
            boolean womenLed,
            boolean youthLed,
            int members,
            int women,
            int men,
            List<AgeBandCount> membersByAgeBand) {}

    @Schema(name = "AgeBandCount")
    record AgeBandCount(String band, int women, int men) {}

    @Schema(name = "ValueChain")
    record ValueChainDto(String code, String sector, String nameAr, String nameFr, String nameEn) {}
}
