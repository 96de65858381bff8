package ma.tadamon.fairs.internal;

import java.util.ArrayList;
import java.util.List;
import ma.tadamon.fairs.Exhibitor;

/**
 * Does a stand meet what an exhibitor asked for? Electricity and water only where the stand has
 * them, and at least the area applied for. What is missing is a shortfall, shown as a warning.
 */
final class StandNeeds {

    enum Shortfall {
        ELECTRICITY,
        WATER,
        AREA
    }

    private StandNeeds() {}

    static List<Shortfall> shortfalls(FloorPlan.Stand stand, Exhibitor exhibitor) {
        List<Shortfall> missing = new ArrayList<>(3);
        if (exhibitor.electricity() && !stand.electricity()) {
            missing.add(Shortfall.ELECTRICITY);
        }
        if (exhibitor.water() && !stand.water()) {
            missing.add(Shortfall.WATER);
        }
        if (stand.area() + 1e-6 < exhibitor.areaM2().doubleValue()) {
            missing.add(Shortfall.AREA);
        }
        return missing;
    }

    static boolean fits(FloorPlan.Stand stand, Exhibitor exhibitor) {
        return shortfalls(stand, exhibitor).isEmpty();
    }

    /** Amenities a stand offers that the exhibitor does not need: kept for those who do. */
    static int spare(FloorPlan.Stand stand, Exhibitor exhibitor) {
        return (stand.water() && !exhibitor.water() ? 2 : 0)
                + (stand.electricity() && !exhibitor.electricity() ? 1 : 0);
    }
}
