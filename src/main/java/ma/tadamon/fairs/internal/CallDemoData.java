package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.fairs.Applications;
import ma.tadamon.fairs.DemoFairIds;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.NewApplication;
import ma.tadamon.fairs.ScoreCriterion;
import ma.tadamon.fairs.ScoreGrid;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.demo.DemoData;
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
        // Active, non-synthetic actors with an active product: 8 of the edition's region, 2 from elsewhere.
        String candidates = """
                select a.party_id from registry_actor a
                join geo_territory_path path on path.territory_id = a.commune_id
                join geo_territory_path ep on ep.territory_id = ?
                where a.status = 'ACTIVE' and not a.synthetic and a.party_id <> ?
                  and exists (select 1 from catalog_product p where p.actor_id = a.party_id and p.status = 'ACTIVE')
                  and not exists (select 1 from fairs_application f where f.edition_id = ? and f.actor_id = a.party_id)
                  and (path.region_id = ep.region_id) = ?
                order by a.sort_name limit ?""";
        List<UUID> local = jdbc.sql(candidates)
                .params(edition.territoryId(), DemoPartyIds.COOP_TIFAWIN, edition.id(), true, 8)
                .query(UUID.class)
                .list();
        List<UUID> elsewhere = edition.openToOtherRegions()
                ? jdbc.sql(candidates)
                        .params(edition.territoryId(), DemoPartyIds.COOP_TIFAWIN, edition.id(), false, 2)
                        .query(UUID.class)
                        .list()
                : List.of();
        int n = 0;
        for (UUID actor : concat(local, elsewhere)) {
            List<UUID> shown = products.ofActor(actor, false).stream()
                    .limit(3)
                    .map(p -> p.id())
                    .toList();
            var record = actors.find(actor).orElse(null);
            // Only those a real applicant could send (a food product needs its sanitary credential).
            if (record == null
                    || !eligibility.check(edition, record, shown, java.time.Instant.now()).stream()
                            .allMatch(ma.tadamon.fairs.EligibilityCheck::met)) {
                continue;
            }
            {
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
            }
        }
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
