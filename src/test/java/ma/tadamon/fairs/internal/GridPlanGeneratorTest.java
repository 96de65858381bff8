package ma.tadamon.fairs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ma.tadamon.fairs.internal.GridPlanGenerator.GridSpec;
import ma.tadamon.fairs.internal.GridPlanGenerator.Layout;
import ma.tadamon.fairs.internal.GridPlanGenerator.StandDraft;
import ma.tadamon.fairs.internal.GridPlanGenerator.ZoneDraft;
import org.junit.jupiter.api.Test;

class GridPlanGeneratorTest {

    @Test
    void laysOutAgadirsFourThousandSquareMetresWithOneHundredFiftyStands() {
        Layout layout = GridPlanGenerator.generate(GridSpec.forEdition(4000, 150));

        assertThat(layout.width() * layout.depth()).isEqualTo(4000);
        assertThat(layout.stands()).hasSize(150);
        assertThat(layout.fits()).isTrue();
        assertThat(layout.zones())
                .extracting(ZoneDraft::kind)
                .contains(
                        ZoneKind.SALES,
                        ZoneKind.TRAINING,
                        ZoneKind.STAGE,
                        ZoneKind.STORE_CORNER,
                        ZoneKind.ENTRANCE,
                        ZoneKind.SERVICES);
        assertThat(layout.stands()).allSatisfy(s -> {
            assertThat(s.rect().w()).isEqualTo(3);
            assertThat(s.rect().h()).isEqualTo(3);
        });
    }

    @Test
    void standsLieInsideTheSalesZoneAndNeverOverlap() {
        Layout layout = GridPlanGenerator.generate(GridSpec.forEdition(4000, 150));
        Rect sales = layout.zones().get(0).rect();

        for (StandDraft s : layout.stands()) {
            assertThat(s.rect().inside(layout.width(), layout.depth())).isTrue();
            assertThat(s.rect().x()).isGreaterThanOrEqualTo(sales.x());
            assertThat(s.rect().right()).isLessThanOrEqualTo(sales.right());
            assertThat(s.rect().bottom()).isLessThanOrEqualTo(sales.bottom());
            for (StandDraft other : layout.stands()) {
                if (other != s) {
                    assertThat(s.rect().overlaps(other.rect()))
                            .as("%s overlaps %s", s.code(), other.code())
                            .isFalse();
                }
            }
        }
        for (ZoneDraft z : layout.zones()) {
            assertThat(z.rect().inside(layout.width(), layout.depth())).isTrue();
        }
    }

    @Test
    void leavesAnAisleInFrontOfEveryPairOfRows() {
        Layout layout = GridPlanGenerator.generate(GridSpec.forEdition(4000, 150));
        List<Double> rows = layout.stands().stream()
                .map(s -> s.rect().y())
                .distinct()
                .sorted()
                .toList();

        // Rows go back to back in pairs (A with B), then a 3 m aisle.
        assertThat(rows.get(1) - rows.get(0)).isEqualTo(3);
        assertThat(rows.get(2) - rows.get(1)).isEqualTo(6);
        assertThat(rows.get(0)).isEqualTo(3);
    }

    @Test
    void givesStandCodesByRowAndElectricityToPartAndWaterToAFew() {
        Layout layout = GridPlanGenerator.generate(GridSpec.forEdition(4000, 150));
        Set<String> codes = layout.stands().stream().map(StandDraft::code).collect(Collectors.toSet());

        assertThat(codes).hasSize(150).contains("A-01", "A-17", "B-01");
        long electricity =
                layout.stands().stream().filter(StandDraft::electricity).count();
        long water = layout.stands().stream().filter(StandDraft::water).count();
        assertThat(electricity).isBetween(50L, 110L);
        assertThat(water).isBetween(3L, 15L);
        assertThat(layout.stands()).filteredOn(StandDraft::water).allMatch(StandDraft::electricity);
    }

    @Test
    void saysSoWhenTheVenueIsTooSmall() {
        Layout layout = GridPlanGenerator.generate(new GridSpec(20, 20, 100, 3, 3, 3, true, false, false, 0));

        assertThat(layout.fits()).isFalse();
        assertThat(layout.stands()).hasSizeLessThan(100).isNotEmpty();
        assertThat(layout.requested()).isEqualTo(100);
    }

    @Test
    void leavesOutTheZonesNotAskedFor() {
        Layout layout = GridPlanGenerator.generate(new GridSpec(60, 40, 60, 3, 3, 3, true, false, true, 0));

        assertThat(layout.zones())
                .extracting(ZoneDraft::kind)
                .contains(ZoneKind.TRAINING, ZoneKind.STORE_CORNER)
                .doesNotContain(ZoneKind.STAGE);
    }

    @Test
    void namesRowsBeyondZ() {
        assertThat(GridPlanGenerator.code(0, 0)).isEqualTo("A-01");
        assertThat(GridPlanGenerator.code(25, 9)).isEqualTo("Z-10");
        assertThat(GridPlanGenerator.code(26, 0)).isEqualTo("AA-01");
    }

    @Test
    void makesDoubleStandsAtTheEndsOfRowsForExhibitorsWhoNeedMoreRoom() {
        Layout layout =
                GridPlanGenerator.generate(GridSpec.forEdition(4000, 150).withLargeStands(9));

        assertThat(layout.fits()).isTrue();
        assertThat(layout.stands()).hasSize(150);
        List<StandDraft> large =
                layout.stands().stream().filter(s -> s.rect().area() == 18).toList();
        assertThat(large).hasSize(9);
        // One per row, each the first stand of its row.
        assertThat(large.stream().map(s -> s.rect().y()).distinct()).hasSize(9);
        for (StandDraft s : large) {
            double rowStart = layout.stands().stream()
                    .filter(o -> o.rect().y() == s.rect().y())
                    .mapToDouble(o -> o.rect().x())
                    .min()
                    .orElseThrow();
            assertThat(s.rect().x()).isEqualTo(rowStart);
        }
        for (StandDraft s : layout.stands()) {
            for (StandDraft other : layout.stands()) {
                assertThat(s != other && s.rect().overlaps(other.rect())).isFalse();
            }
        }
    }
}
