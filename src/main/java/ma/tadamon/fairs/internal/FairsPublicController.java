package ma.tadamon.fairs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What everyone sees of the fairs: the editions, and each edition's overview with its exhibitors. */
@Controller
class FairsPublicController {

    private final Editions editions;
    private final Exhibitors exhibitors;
    private final Territories territories;
    private final Actors actors;
    private final FairsAccess access;

    private final ma.tadamon.fairs.Programme programme;

    FairsPublicController(
            Editions editions,
            Exhibitors exhibitors,
            Territories territories,
            Actors actors,
            FairsAccess access,
            ma.tadamon.fairs.Programme programme) {
        this.programme = programme;
        this.editions = editions;
        this.exhibitors = exhibitors;
        this.territories = territories;
        this.actors = actors;
        this.access = access;
    }

    @GetMapping("/fairs")
    String list(Model model) {
        List<Edition> published = editions.published();
        LocalDate today = LocalDate.now(CallForms.MOROCCO);
        model.addAttribute(
                "current",
                published.stream()
                        .filter(e -> e.status() != EditionStatus.CLOSED
                                && !e.endsOn().isBefore(today))
                        .sorted(java.util.Comparator.comparing(Edition::startsOn))
                        .toList());
        model.addAttribute(
                "past",
                published.stream()
                        .filter(e ->
                                e.status() == EditionStatus.CLOSED || e.endsOn().isBefore(today))
                        .toList());
        model.addAttribute("territoryNames", territoryNames(published));
        model.addAttribute("now", Instant.now());
        return "fairs/call-public-list";
    }

    @GetMapping("/fairs/{slug}")
    String edition(@PathVariable String slug, Model model) {
        Edition edition = visible(slug);
        List<Exhibitor> list = exhibitors.of(edition.id());
        Map<Long, LocalizedText> regions = new HashMap<>();
        list.stream()
                .map(Exhibitor::regionId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(id -> territories.byId(id).ifPresent(t -> regions.put(id, t.name())));
        Map<String, LocalizedText> chains = new HashMap<>();
        actors.valueChains().forEach(v -> chains.put(v.code(), v.name()));
        model.addAttribute("edition", edition);
        model.addAttribute("territory", territories.byId(edition.territoryId()).orElse(null));
        model.addAttribute("parties", editions.parties(edition.id()));
        model.addAttribute("exhibitors", list);
        model.addAttribute("regions", regions);
        model.addAttribute("chains", chains);
        model.addAttribute("callOpen", edition.callOpenAt(Instant.now()));
        // The programme at a glance (its own tab has registrations): sessions not cancelled, by day.
        model.addAttribute(
                "sessions",
                programme.published(edition.id()).stream()
                        .filter(session -> !session.cancelled())
                        .collect(java.util.stream.Collectors.groupingBy(
                                ma.tadamon.fairs.ProgrammeSession::day,
                                java.util.TreeMap::new,
                                java.util.stream.Collectors.toList())));
        model.addAttribute("canOrganise", access.canOrganise(edition));
        return "fairs/call-public-edition";
    }

    /** Published editions for everyone; one still being planned only for its organisers. */
    private Edition visible(String slug) {
        Edition edition = editions.findBySlug(slug).orElseThrow(() -> new NotFoundException("edition.notFound"));
        if (edition.status() == EditionStatus.PLANNED && !access.canOrganise(edition)) {
            throw new NotFoundException("edition.notFound");
        }
        return edition;
    }

    private Map<Long, LocalizedText> territoryNames(List<Edition> list) {
        Map<Long, LocalizedText> names = new HashMap<>();
        list.stream()
                .map(Edition::territoryId)
                .distinct()
                .forEach(id -> territories.byId(id).map(Territory::name).ifPresent(n -> names.put(id, n)));
        return names;
    }
}
