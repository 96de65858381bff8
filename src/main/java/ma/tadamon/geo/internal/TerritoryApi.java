package ma.tadamon.geo.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only API of the administrative map. Territories are identified by official code. */
@RestController
@RequestMapping("/api/v1/territories")
@Tag(name = "Territories", description = "Regions, provinces and prefectures, communes (2015 division)")
@SecurityRequirements // public (GeoPublicPaths): overrides the global requirement with none
class TerritoryApi {

    private final Territories territories;

    TerritoryApi(Territories territories) {
        this.territories = territories;
    }

    @GetMapping
    @Operation(
            operationId = "searchTerritories",
            summary = "Search territories",
            description = "One page of the territories of the current map, ordered by code; filter by level,"
                    + " parent code and text (part of a name in any language, or the start of a code).")
    @ApiResponse(responseCode = "200", description = "One page of territories")
    @ApiResponse(responseCode = "404", description = "No territory has the given parent code")
    PageResult<TerritoryDto> search(
            @RequestParam(required = false) @Parameter(description = "Only territories of this level") @Nullable
                    TerritoryLevel level,
            @RequestParam(required = false)
                    @Parameter(description = "Official code of the parent: only its direct children", example = "09")
                    @Nullable
                    String parent,
            @RequestParam(required = false)
                    @Parameter(
                            description = "Part of a name (Arabic, French or English) or the start of a code",
                            example = "Agadir")
                    @Nullable
                    String q,
            @RequestParam(defaultValue = "0") @Parameter(description = "Page number, from 0") int page,
            @RequestParam(defaultValue = "20") @Parameter(description = "Page size, 1 to 200") int size) {
        Long parentId = parent == null ? null : find(parent).id();
        PageResult<Territory> result =
                territories.search(level, parentId, q, PageResult.page(page), PageResult.size(size));
        return result.map(dtos(result.items()));
    }

    @GetMapping("/{code}")
    @Operation(
            operationId = "getTerritory",
            summary = "One territory by official code",
            description = "The country, region, province or prefecture, or commune with this official code.")
    @ApiResponse(responseCode = "200", description = "The territory")
    @ApiResponse(responseCode = "404", description = "No territory has this code")
    TerritoryDto one(@PathVariable @Parameter(description = "Official code", example = "09.001") String code) {
        Territory territory = find(code);
        return dtos(List.of(territory)).apply(territory);
    }

    @GetMapping("/{code}/children")
    @Operation(
            operationId = "listTerritoryChildren",
            summary = "The territories directly below one",
            description = "The regions of the country, the provinces and prefectures of a region, or the"
                    + " communes of a province, ordered by code; empty for a commune.")
    @ApiResponse(responseCode = "200", description = "The territories one level below, possibly none")
    @ApiResponse(responseCode = "404", description = "No territory has this code")
    List<TerritoryDto> children(
            @PathVariable @Parameter(description = "Official code of the parent", example = "09") String code) {
        List<Territory> children = territories.children(find(code).id());
        return children.stream().map(dtos(children)).toList();
    }

    @GetMapping("/{code}/communes")
    @Operation(
            operationId = "listTerritoryCommunes",
            summary = "Every commune within a territory",
            description = "All communes at any depth below the territory (the commune itself when it is one),"
                    + " ordered by code; not paged.")
    @ApiResponse(responseCode = "200", description = "The communes within the territory")
    @ApiResponse(responseCode = "404", description = "No territory has this code")
    List<TerritoryDto> communes(
            @PathVariable @Parameter(description = "Official code of any territory", example = "09.001") String code) {
        List<Territory> communes = territories.communesWithin(find(code).id());
        return communes.stream().map(dtos(communes)).toList();
    }

    private Territory find(String code) {
        return territories.byCode(code).orElseThrow(() -> new NotFoundException("territory.notFound", code));
    }

    /** A mapper to DTOs that looks up all parents' codes at once. */
    private java.util.function.Function<Territory, TerritoryDto> dtos(List<Territory> batch) {
        java.util.Map<Long, String> parentCodes = territories.codesOf(batch.stream()
                .map(Territory::parentId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return t -> dto(t, t.parentId() == null ? null : parentCodes.get(t.parentId()));
    }

    private static TerritoryDto dto(Territory t, @Nullable String parentCode) {
        return new TerritoryDto(
                t.code(),
                t.mapVersion(),
                t.level(),
                t.kind(),
                parentCode,
                t.name().ar(),
                t.name().fr(),
                t.name().en(),
                t.latitude(),
                t.longitude());
    }

    @Schema(name = "Territory", description = "A territory of the administrative map")
    record TerritoryDto(
            @Schema(description = "Official code", example = "09.001")
            String code,

            @Schema(description = "Version of the administrative division", example = "2015")
            String mapVersion,

            TerritoryLevel level,

            @Schema(
                    description = "Kind within the level",
                    allowableValues = {"COUNTRY", "REGION", "PREFECTURE", "PROVINCE", "URBAN_COMMUNE", "RURAL_COMMUNE"},
                    example = "PREFECTURE")
            String kind,

            @Schema(description = "Code of the parent; null for the country", example = "09") @Nullable
            String parentCode,

            @Schema(description = "Name in Arabic", example = "عمالة أكادير إدا وتنان") @Nullable
            String nameAr,

            @Schema(description = "Name in French", example = "Agadir-Ida-Ou-Tanane") @Nullable
            String nameFr,

            @Schema(description = "Name in English", example = "Agadir-Ida-Ou-Tanane") @Nullable
            String nameEn,

            @Schema(description = "Latitude (WGS 84) of a representative point", example = "30.55") @Nullable
            BigDecimal latitude,

            @Schema(description = "Longitude (WGS 84) of a representative point", example = "-9.55") @Nullable
            BigDecimal longitude) {}
}
