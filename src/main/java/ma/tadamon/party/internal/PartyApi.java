package ma.tadamon.party.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.Parties;
import ma.tadamon.party.Party;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only API of the organisations the platform knows (public information). */
@RestController
@RequestMapping("/api/v1/parties")
@Tag(name = "Parties", description = "Organisations: SSE actors, funders, councils, chambers, networks, public buyers")
@SecurityRequirements // public (PartyPublicPaths): overrides the global requirement with none
class PartyApi {

    private final Parties parties;
    private final Territories territories;

    PartyApi(Parties parties, Territories territories) {
        this.parties = parties;
        this.territories = territories;
    }

    @GetMapping
    @Operation(
            operationId = "searchParties",
            summary = "Search organisations",
            description = "Paginated; filter by kind, by a role the organisation plays and by part of its name.")
    @ApiResponse(responseCode = "200", description = "One page of organisations")
    PageResult<PartyDto> search(
            @RequestParam(required = false) @Parameter(description = "Kind, e.g. REGIONAL_COUNCIL") @Nullable
                    String kind,
            @RequestParam(required = false) @Parameter(description = "Role, e.g. FUNDER or PUBLIC_BUYER") @Nullable
                    String role,
            @RequestParam(required = false) @Parameter(description = "Part of a name or acronym") @Nullable String q,
            @RequestParam(defaultValue = "0") @Parameter(description = "Page number, from 0") int page,
            @RequestParam(defaultValue = "20") @Parameter(description = "Page size, at most 200") int size) {
        PageResult<Party> result = parties.search(kind, role, q, PageResult.page(page), PageResult.size(size));
        Map<Long, String> codes = territories.codesOf(result.items().stream()
                .map(Party::territoryId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return result.map(p -> PartyDto.of(p, codes));
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getParty",
            summary = "One organisation",
            description = "An organisation by its id, with the roles it plays and the code of its territory.")
    @ApiResponse(responseCode = "200", description = "The organisation")
    @ApiResponse(responseCode = "404", description = "No organisation has this id")
    PartyDto one(@PathVariable @Parameter(description = "The organisation's id") UUID id) {
        Party party = parties.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        return PartyDto.of(
                party, territories.codesOf(party.territoryId() == null ? List.of() : List.of(party.territoryId())));
    }

    @Schema(name = "Party", description = "An organisation and the roles it plays")
    record PartyDto(
            UUID id,
            String kind,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            @Nullable String acronym,
            @Nullable String territoryCode,
            Set<String> roles) {
        static PartyDto of(Party p, Map<Long, String> territoryCodes) {
            return new PartyDto(
                    p.id(),
                    p.kind(),
                    p.name().ar(),
                    p.name().fr(),
                    p.name().en(),
                    p.acronym(),
                    p.territoryId() == null ? null : territoryCodes.get(p.territoryId()),
                    p.roles());
        }
    }
}
