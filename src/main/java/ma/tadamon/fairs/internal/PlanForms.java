package ma.tadamon.fairs.internal;

import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** The floor plan's forms: explicit records, never the plan's own records bound to requests. */
final class PlanForms {

    private PlanForms() {}

    record GenerateForm(
            @Nullable Double width,
            @Nullable Double depth,
            @Nullable Integer stands,
            @Nullable Double standWidth,
            @Nullable Double standDepth,
            @Nullable Double aisle,
            @Nullable Boolean training,
            @Nullable Boolean stage,
            @Nullable Boolean storeCorner,
            @Nullable Integer largeStands,
            @Nullable Boolean replace) {

        /** The edition's area and stand target, and a double stand for each exhibitor who asked for more than 9 m². */
        static GenerateForm of(Edition edition, int largeNeeded) {
            GridPlanGenerator.GridSpec spec =
                    GridPlanGenerator.GridSpec.forEdition(edition.areaM2(), edition.standTarget());
            return new GenerateForm(
                    spec.width(), spec.depth(), spec.stands(), 3.0, 3.0, 3.0, true, true, true, largeNeeded, false);
        }

        GridPlanGenerator.GridSpec spec() {
            if (width == null || depth == null || width < 10 || depth < 10 || width > 2000 || depth > 2000) {
                throw new InvalidRequestException("width", "plan.venue");
            }
            if (stands == null || stands < 1 || stands > 2000) {
                throw new InvalidRequestException("stands", "plan.stands");
            }
            double sw = standWidth == null ? 3 : standWidth;
            double sd = standDepth == null ? 3 : standDepth;
            double a = aisle == null ? 3 : aisle;
            if (sw < 1 || sd < 1 || a < 1 || sw > 20 || sd > 20 || a > 20) {
                throw new InvalidRequestException("standWidth", "plan.standSize");
            }
            int large = largeStands == null ? 0 : largeStands;
            if (large < 0 || large > stands) {
                throw new InvalidRequestException("largeStands", "plan.largeStands");
            }
            return new GridPlanGenerator.GridSpec(
                    width, depth, stands, sw, sd, a, yes(training), yes(stage), yes(storeCorner), large);
        }
    }

    record VenueForm(@Nullable Double width, @Nullable Double depth) {}

    record ZoneForm(
            @Nullable ZoneKind kind,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            @Nullable Double x,
            @Nullable Double y,
            @Nullable Double w,
            @Nullable Double h) {

        static ZoneForm empty() {
            return new ZoneForm(ZoneKind.SALES, null, null, null, 0.0, 0.0, 10.0, 10.0);
        }

        static ZoneForm of(FloorPlan.Zone z) {
            return new ZoneForm(
                    z.kind(),
                    z.name().ar(),
                    z.name().fr(),
                    z.name().en(),
                    z.rect().x(),
                    z.rect().y(),
                    z.rect().w(),
                    z.rect().h());
        }

        ZoneKind kindOrThrow() {
            if (kind == null) {
                throw new InvalidRequestException("kind", "plan.zone.kind");
            }
            return kind;
        }

        LocalizedText name() {
            return new LocalizedText(nameAr, nameFr, nameEn);
        }

        Rect rect() {
            return PlanEditor.rect(x, y, w, h);
        }
    }

    record StandForm(
            @Nullable String code,
            @Nullable Double x,
            @Nullable Double y,
            @Nullable Double w,
            @Nullable Double h,
            @Nullable Boolean electricity,
            @Nullable Boolean water) {

        static StandForm empty() {
            return new StandForm(null, 0.0, 0.0, 3.0, 3.0, false, false);
        }

        static StandForm of(FloorPlan.Stand s) {
            return new StandForm(
                    s.code(), s.rect().x(), s.rect().y(), s.rect().w(), s.rect().h(), s.electricity(), s.water());
        }

        Rect rect() {
            return PlanEditor.rect(x, y, w, h);
        }

        String codeOrEmpty() {
            return code == null ? "" : code;
        }
    }

    static boolean yes(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    record PlaceForm(@Nullable UUID actorId, @Nullable String standCode) {

        UUID actorOrThrow() {
            if (actorId == null) {
                throw new InvalidRequestException("actorId", "plan.place.notExhibitor");
            }
            return actorId;
        }
    }

    record SwapForm(@Nullable String first, @Nullable String second) {}

    record ClearForm(@Nullable String standCode) {}
}
