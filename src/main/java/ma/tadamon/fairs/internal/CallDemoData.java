package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.tadamon.catalog.NewProduct;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.ProductStatus;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.Unit;
import ma.tadamon.fairs.Applications;
import ma.tadamon.fairs.DemoFairIds;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Eligibility;
import ma.tadamon.fairs.EligibilityCheck;
import ma.tadamon.fairs.NewApplication;
import ma.tadamon.fairs.ScoreCriterion;
import ma.tadamon.fairs.ScoreGrid;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.demo.DemoData;
import ma.tadamon.registry.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call of Agadir's 2nd edition: its scoring grid, applications from active actors of
 * Souss-Massa and from two other regions (Tifawin left out, so the demo manager can apply), some
 * of them scored. Runs after the core fairs demo data, and does nothing without that edition.
 */
@Component
class CallDemoData implements DemoData {

    private final Editions editions;
    private final Applications applications;
    private final ScoreGrid grid;
    private final Products products;
    private final JdbcClient jdbc;
    private final ma.tadamon.fairs.Eligibility eligibility;
    private final ma.tadamon.registry.Actors actors;

    CallDemoData(
            Editions editions,
            Applications applications,
            ScoreGrid grid,
            Products products,
            JdbcClient jdbc,
            ma.tadamon.fairs.Eligibility eligibility,
            ma.tadamon.registry.Actors actors) {
        this.eligibility = eligibility;
        this.actors = actors;
        this.editions = editions;
        this.applications = applications;
        this.grid = grid;
        this.products = products;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 61;
    }

    @Override
    @Transactional
    public void load() {
        var found = editions.find(DemoFairIds.AGADIR_2);
        if (found.isEmpty()) {
            return;
        }
        Edition edition = found.get();
        List<ScoreCriterion> criteria = grid.criteria(edition.id());
        boolean loaded = jdbc.sql(
                        "select exists(select 1 from fairs_application where edition_id = ? and scores <> '{}')")
                .param(edition.id())
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        // Active, non-synthetic actors: 8 of the edition's region, 2 from elsewhere, each showing its
        // products (an artisan without any in the catalogue gets one; food needs its sanitary credential).
        String candidates = """
                select a.party_id from registry_actor a
                join geo_territory_path path on path.territory_id = a.commune_id
                join geo_territory_path ep on ep.territory_id = ?
                where a.status = 'ACTIVE' and not a.synthetic and a.party_id <> ?
                  and not exists (select 1 from fairs_application f where f.edition_id = ? and f.actor_id = a.party_id)
                  and (path.region_id = ep.region_id) = ?
                order by a.sort_name limit 40""";
        int n = 0;
        for (boolean local : new boolean[] {true, false}) {
            if (!local && !edition.openToOtherRegions()) {
                break;
            }
            int wanted = local ? 8 : 2;
            List<UUID> candidateIds = jdbc.sql(candidates)
                    .params(edition.territoryId(), DemoPartyIds.COOP_TIFAWIN, edition.id(), local)
                    .query(UUID.class)
                    .list();
            for (UUID actor : candidateIds) {
                if (wanted == 0) {
                    break;
                }
                Actor record = actors.find(actor).orElse(null);
                if (record == null) {
                    continue;
                }
                List<UUID> shown = shown(record);
                // Only those a real applicant could send (a food product needs its sanitary credential).
                if (!eligibility.check(edition, record, shown, Instant.now()).stream()
                        .allMatch(EligibilityCheck::met)) {
                    continue;
                }
                UUID id = applications.apply(
                        edition.id(),
                        actor,
                        new NewApplication(
                                shown, BigDecimal.valueOf(n % 3 == 0 ? 12 : 9), n % 2 == 0, n % 4 == 0, null));
                if (n % 3 != 2) {
                    int k = 0;
                    for (ScoreCriterion c : criteria) {
                        grid.score(id, c.code(), Math.floorMod(actor.hashCode() + k++, c.maxPoints() + 1));
                    }
                }
                n++;
                wanted--;
            }
        }
    }

    /** Up to three of the actor's active products; a craft or service actor without any gets one. */
    private List<UUID> shown(Actor actor) {
        List<UUID> own = products.ofActor(actor.id(), false).stream()
                .limit(3)
                .map(Product::id)
                .toList();
        if (!own.isEmpty() || Eligibility.FOOD_SECTORS.contains(actor.sector())) {
            return own;
        }
        UUID id = DemoFairIds.of("call-product:" + actor.id());
        if (products.find(id).isEmpty()) {
            products.create(
                    id,
                    actor.id(),
                    new NewProduct(
                            new LocalizedText(
                                    actor.name().ar() == null
                                            ? null
                                            : "منتوجات " + actor.name().ar(),
                                    actor.name().fr() == null
                                            ? null
                                            : "Produits – " + actor.name().fr(),
                                    null),
                            new LocalizedText(null, null, null),
                            actor.valueChain(),
                            Unit.PIECE,
                            ProductStatus.ACTIVE));
        }
        return List.of(id);
    }
}
