package ma.tadamon.geo.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
class TerritoryApi {

    private final Territories territories;

    TerritoryApi(Territories territories) {
        this.territories = territories;
    }

    @GetMapping
    @Operation(
            summary = "Search territories",
            description = "Paginated; filter by level, parent code and text (name or code).")
    PageResult<TerritoryDto> search(
            @RequestParam(required = false) @Nullable TerritoryLevel level,
            @RequestParam(required = false) @Parameter(description = "Official code of the parent") @Nullable
                    String parent,
            @RequestParam(required = false) @Parameter(description = "Part of a name or the start of a code") @Nullable
                    String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Long parentId = parent == null ? null : find(parent).id();
        PageResult<Territory> result =
                territories.search(level, parentId, q, PageResult.page(page), PageResult.size(size));
        return result.map(dtos(result.items()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One territory by official code")
    TerritoryDto one(@PathVariable String code) {
        Territory territory = find(code);
        return dtos(List.of(territory)).apply(territory);
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "The territories directly below one")
    List<TerritoryDto> children(@PathVariable String code) {
        List<Territory> children = territories.children(find(code).id());
        return children.stream().map(dtos(children)).toList();
    }

    @GetMapping("/{code}/communes")
    @Operation(summary = "Every commune within a territory")
    List<TerritoryDto> communes(@PathVariable String code) {
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

    record TerritoryDto(
            String code,
            String mapVersion,
            TerritoryLevel level,
            String kind,
            @Nullable String parentCode,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {}
}
