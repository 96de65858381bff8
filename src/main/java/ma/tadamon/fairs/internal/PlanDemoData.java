package ma.tadamon.fairs.internal;

import java.util.UUID;
import ma.tadamon.fairs.DemoFairIds;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.platform.demo.DemoData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Floor plans of the demo editions, after the editions and their exhibitors (order 60): Agadir's
 * first edition on 4,000 m² with 150 stands, a training area, a cultural stage and a store corner,
 * every exhibitor placed by the automatic proposal; Taounate's second edition with its training
 * area and solidarity store corner. Editions that do not exist are skipped; existing plans kept.
 */
@Component
class PlanDemoData implements DemoData {

    private final Editions editions;
    private final PlanEditor plans;
    private final Exhibitors exhibitors;

    PlanDemoData(Editions editions, PlanEditor plans, Exhibitors exhibitors) {
        this.editions = editions;
        this.plans = plans;
        this.exhibitors = exhibitors;
    }

    @Override
    public int order() {
        return 62;
    }

    @Override
    @Transactional
    public void load() {
        plan(DemoFairIds.AGADIR_1, true, true);
        plan(DemoFairIds.TAOUNATE_2, false, true);
    }

    private void plan(UUID editionId, boolean stage, boolean storeCorner) {
        Edition edition = editions.find(editionId).orElse(null);
        if (edition == null || plans.find(editionId).isPresent()) {
            return;
        }
        int large = (int) exhibitors.of(editionId).stream()
                .filter(e -> e.areaM2().doubleValue() > 9)
                .count();
        GridPlanGenerator.GridSpec defaults =
                GridPlanGenerator.GridSpec.forEdition(edition.areaM2(), edition.standTarget());
        GridPlanGenerator.GridSpec spec = new GridPlanGenerator.GridSpec(
                defaults.width(),
                defaults.depth(),
                Math.max(defaults.stands(), exhibitors.count(editionId)),
                defaults.standWidth(),
                defaults.standDepth(),
                defaults.aisle(),
                true,
                stage,
                storeCorner,
                0);
        // As many double stands as asked for, or as the venue holds.
        while (large > 0
                && !GridPlanGenerator.generate(spec.withLargeStands(large)).fits()) {
            large--;
        }
        plans.generate(editionId, spec.withLargeStands(large), false);
        plans.apply(editionId, false);
    }
}
