package ma.tadamon.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.catalog.Credential;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.Products;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.ActorStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may apply to an edition: while its call is open and before the deadline; an active actor;
 * from the edition's region unless the edition is open to other regions; with at least one of its
 * own products to show; and, for food (agri-food and agricultural value chains), a sanitary
 * credential (ONSSA authorisation or approval) verified and valid today, held by the actor or by
 * the product.
 */
@Service
@Transactional(readOnly = true)
public class Eligibility {

    /** Sectors whose products are food and need a sanitary credential. */
    public static final Set<String> FOOD_SECTORS = Set.of("AGRIFOOD", "AGRICULTURE");

    public static final String FOOD_SAFETY = "FOOD_SAFETY";

    private final Products products;
    private final Credentials credentials;
    private final Territories territories;

    Eligibility(Products products, Credentials credentials, Territories territories) {
        this.products = products;
        this.credentials = credentials;
        this.territories = territories;
    }

    /**
     * Every condition with whether it is met. With {@code chosen} null (before the form is filled),
     * the products checked are all of the actor's active ones.
     */
    public List<EligibilityCheck> check(Edition edition, Actor actor, @Nullable Collection<UUID> chosen, Instant now) {
        Locale locale = LocaleContextHolder.getLocale();
        List<EligibilityCheck> checks = new ArrayList<>();
        checks.add(new EligibilityCheck("call", edition.callOpenAt(now), "edition", List.of()));
        checks.add(new EligibilityCheck("status", actor.status() == ActorStatus.ACTIVE, "actor", List.of()));
        boolean otherRegion = isOtherRegion(edition, actor);
        checks.add(new EligibilityCheck(
                otherRegion ? "otherRegion" : "region",
                !otherRegion || edition.openToOtherRegions(),
                "actor",
                List.of()));

        List<Product> own = products.ofActor(actor.id(), true);
        List<Product> shown;
        if (chosen == null) {
            shown = own.stream()
                    .filter(p -> p.status() == ma.tadamon.catalog.ProductStatus.ACTIVE)
                    .toList();
            checks.add(new EligibilityCheck("products", !shown.isEmpty(), "products", List.of()));
        } else {
            shown = own.stream().filter(p -> chosen.contains(p.id())).toList();
            boolean allOwn = shown.size() == Set.copyOf(chosen).size();
            checks.add(new EligibilityCheck("products", !chosen.isEmpty() && allOwn, "products", List.of()));
        }

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Africa/Casablanca"));
        List<Credential> sanitary = credentials.ofActor(actor.id()).stream()
                .filter(c -> FOOD_SAFETY.equals(c.type().family()) && c.shownOn(today))
                .toList();
        List<String> uncovered = shown.stream()
                .filter(p -> FOOD_SECTORS.contains(p.sector()))
                .filter(p -> sanitary.stream()
                        .noneMatch(c -> c.productId() == null || c.productId().equals(p.id())))
                .map(p -> p.name(locale))
                .toList();
        checks.add(new EligibilityCheck(
                "sanitary", uncovered.isEmpty(), "products", List.of(String.join(", ", uncovered))));
        return checks;
    }

    /** Refuses, at the field concerned and in the reader's language, the first condition not met. */
    public void require(Edition edition, Actor actor, Collection<UUID> chosen, Instant now) {
        for (EligibilityCheck check : check(edition, actor, chosen, now)) {
            if (!check.met()) {
                throw new InvalidRequestException(check.field(), check.messageKey(), check.argsArray());
            }
        }
    }

    /** Whether the actor's region differs from the region the edition is held in. */
    public boolean isOtherRegion(Edition edition, Actor actor) {
        Long actorRegion = territories
                .containing(actor.communeId(), TerritoryLevel.REGION)
                .map(Territory::id)
                .orElse(null);
        Long editionRegion = territories
                .containing(edition.territoryId(), TerritoryLevel.REGION)
                .map(Territory::id)
                .orElse(null);
        return actorRegion == null || !actorRegion.equals(editionRegion);
    }
}
