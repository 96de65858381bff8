package ma.tadamon.registry.internal;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.DirectoryQuery;
import ma.tadamon.registry.Members;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public directory of actors with its map, and each actor's public profile. */
@Controller
class DirectoryController {

    private final Actors actors;
    private final ma.tadamon.registry.ActorMedia media;
    private final Members members;
    private final Territories territories;
    private final RegistryAccess access;
    private final String tileUrl;
    private final java.util.List<ma.tadamon.registry.ActorTagProvider> tagProviders;
    private final java.util.List<ma.tadamon.registry.ProfileSection> sections;

    DirectoryController(
            Actors actors,
            ma.tadamon.registry.ActorMedia media,
            Members members,
            Territories territories,
            RegistryAccess access,
            @Value("${tadamon.map.tile-url}") String tileUrl,
            java.util.List<ma.tadamon.registry.ActorTagProvider> tagProviders,
            java.util.List<ma.tadamon.registry.ProfileSection> sections) {
        this.tagProviders = tagProviders;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(ma.tadamon.registry.ProfileSection::order))
                .toList();
        this.actors = actors;
        this.media = media;
        this.members = members;
        this.territories = territories;
        this.access = access;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/directory")
    String directory(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String territory,
            @RequestParam(required = false) @Nullable ActorType type,
            @RequestParam(required = false) @Nullable String valueChain,
            @RequestParam(required = false) @Nullable Boolean womenLed,
            @RequestParam(required = false) @Nullable Boolean youthLed,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DirectoryQuery query = new DirectoryQuery(
                q,
                blank(territory),
                type,
                null,
                blank(valueChain),
                womenLed,
                youthLed,
                PageResult.page(page),
                PageResult.DEFAULT_SIZE,
                blank(tag));
        model.addAttribute("query", query);
        model.addAttribute(
                "tags", tagProviders.stream().flatMap(p -> p.tags().stream()).toList());
        model.addAttribute("result", actors.search(query));
        model.addAttribute("types", ActorType.values());
        model.addAttribute("valueChains", actors.valueChains());
        model.addAttribute("regions", territories.regions());
        // grouped here, so that the territory list renders each province once instead of testing
        // every province under every region (900 template expressions, a third of the page's time)
        model.addAttribute(
                "provincesByRegion",
                territories.atLevel(TerritoryLevel.PROVINCE).stream()
                        .filter(p -> p.parentId() != null)
                        .collect(Collectors.groupingBy(Territory::parentId)));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("canImport", access.isRegistrar());
        return "registry/directory";
    }

    @GetMapping("/actors/{id}")
    String profile(@PathVariable UUID id, Model model, Locale locale) {
        Actor actor = actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound"));
        var commune = territories.byId(actor.communeId()).orElseThrow();
        model.addAttribute("actor", actor);
        model.addAttribute("commune", commune);
        model.addAttribute("places", territories.ancestors(commune.id()));
        model.addAttribute("valueChain", actors.valueChain(actor.valueChain()).orElseThrow());
        model.addAttribute("stats", members.stats(id));
        model.addAttribute("logo", media.logo(id).orElse(null));
        model.addAttribute("photos", media.photos(id));
        model.addAttribute("identifiers", actors.identifiers(id));
        model.addAttribute("bands", ma.tadamon.platform.AgeBand.values());
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("latitude", actor.latitude() != null ? actor.latitude() : commune.latitude());
        model.addAttribute("longitude", actor.longitude() != null ? actor.longitude() : commune.longitude());
        model.addAttribute("canManage", access.canManage(id));
        model.addAttribute(
                "sections", sections.stream().flatMap(s -> s.of(id).stream()).toList());
        return "registry/profile";
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
