package ma.tadamon.fairs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.internal.SectorGroupedPlacement.Assignment;
import ma.tadamon.fairs.internal.SectorGroupedPlacement.Need;
import ma.tadamon.fairs.internal.SectorGroupedPlacement.Proposal;
import ma.tadamon.platform.LocalizedText;
import org.junit.jupiter.api.Test;

class SectorGroupedPlacementTest {

    static final UUID EDITION = UUID.nameUUIDFromBytes("edition".getBytes(StandardCharsets.UTF_8));

    @Test
    void placesEachSectorOnContiguousStandsOrderedByValueChain() {
        List<FloorPlan.Stand> stands = row(12, false, false);
        List<Exhibitor> exhibitors = List.of(
                exhibitor("weaver", "HANDICRAFTS", "WEAVING"),
                exhibitor("honey-1", "AGRICULTURE", "HONEY"),
                exhibitor("argan-1", "AGRIFOOD", "ARGAN"),
                exhibitor("potter", "HANDICRAFTS", "POTTERY"),
                exhibitor("dates-1", "AGRICULTURE", "DATES"),
                exhibitor("honey-2", "AGRICULTURE", "HONEY"),
                exhibitor("carpets", "HANDICRAFTS", "CARPETS"));

        Proposal proposal = SectorGroupedPlacement.propose(stands, exhibitors, false);

        assertThat(proposal.assignments()).hasSize(7);
        assertThat(proposal.unmet()).isEmpty();
        Map<UUID, Integer> position = positions(stands, proposal);
        for (String sector : List.of("AGRICULTURE", "AGRIFOOD", "HANDICRAFTS")) {
            List<Integer> places = exhibitors.stream()
                    .filter(e -> e.sector().equals(sector))
                    .map(e -> position.get(e.actorId()))
                    .sorted()
                    .toList();
            assertThat(places.get(places.size() - 1) - places.get(0))
                    .as("stands of %s are contiguous", sector)
                    .isEqualTo(places.size() - 1);
        }
        // Within agriculture: dates before honey (value chain order).
        assertThat(position.get(id("dates-1"))).isLessThan(position.get(id("honey-1")));
        assertThat(position.get(id("dates-1"))).isLessThan(position.get(id("honey-2")));
    }

    @Test
    void givesElectricityAndWaterOnlyWhereTheStandHasThem() {
        List<FloorPlan.Stand> stands = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            stands.add(stand(i, i % 3 == 0 || i == 7, i == 7));
        }
        List<Exhibitor> exhibitors = List.of(
                exhibitor("a", "AGRIFOOD", "COUSCOUS", 9, true, true),
                exhibitor("b", "AGRIFOOD", "DAIRY", 9, true, false),
                exhibitor("c", "AGRIFOOD", "ARGAN", 9, false, false),
                exhibitor("d", "AGRIFOOD", "OLIVE_OIL", 9, true, false),
                exhibitor("e", "HANDICRAFTS", "WEAVING", 9, false, false));

        Proposal proposal = SectorGroupedPlacement.propose(stands, exhibitors, false);

        assertThat(proposal.unmet()).isEmpty();
        Map<UUID, FloorPlan.Stand> byId = stands.stream().collect(Collectors.toMap(FloorPlan.Stand::id, s -> s));
        for (Assignment a : proposal.assignments()) {
            Exhibitor e = exhibitors.stream()
                    .filter(x -> x.actorId().equals(a.actorId()))
                    .findFirst()
                    .orElseThrow();
            FloorPlan.Stand s = byId.get(a.standId());
            if (e.electricity()) {
                assertThat(s.electricity())
                        .as("%s at %s", e.name().fr(), s.code())
                        .isTrue();
            }
            if (e.water()) {
                assertThat(s.water()).as("%s at %s", e.name().fr(), s.code()).isTrue();
            }
        }
    }

    @Test
    void reportsTheNeedsItCannotMeetAndPlacesAtTheBestFit() {
        List<FloorPlan.Stand> stands = row(3, false, false);
        List<Exhibitor> exhibitors = List.of(
                exhibitor("big", "HANDICRAFTS", "CARPETS", 18, false, false),
                exhibitor("powered", "AGRIFOOD", "DAIRY", 9, true, false),
                exhibitor("x", "OTHER", "OTHER"),
                exhibitor("y", "OTHER", "OTHER"));

        Proposal proposal = SectorGroupedPlacement.propose(stands, exhibitors, false);

        assertThat(proposal.assignments()).hasSize(3);
        assertThat(proposal.of(id("big")))
                .extracting(SectorGroupedPlacement.Unmet::need)
                .containsExactly(Need.AREA);
        assertThat(proposal.of(id("powered")))
                .extracting(SectorGroupedPlacement.Unmet::need)
                .containsExactly(Need.ELECTRICITY);
        assertThat(proposal.unmet()).filteredOn(u -> u.need() == Need.STAND).hasSize(1);
    }

    @Test
    void keepsStandsPlacedByHandUnlessAskedToRedoAll() {
        List<FloorPlan.Stand> stands = new ArrayList<>(row(6, false, false));
        // The organiser put the weaver at the last stand by hand, and an argan cooperative by the
        // previous proposal at the first.
        stands.set(5, stands.get(5).placing(id("weaver"), true));
        stands.set(0, stands.get(0).placing(id("argan"), false));
        List<Exhibitor> exhibitors = List.of(
                exhibitor("weaver", "AGRICULTURE", "HONEY"),
                exhibitor("argan", "HANDICRAFTS", "WEAVING"),
                exhibitor("honey", "AGRICULTURE", "HONEY"));

        Proposal kept = SectorGroupedPlacement.propose(stands, exhibitors, false);
        Proposal redone = SectorGroupedPlacement.propose(stands, exhibitors, true);

        assertThat(kept.assignments())
                .filteredOn(a -> a.actorId().equals(id("weaver")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.code()).isEqualTo("A-06");
                    assertThat(a.kept()).isTrue();
                });
        assertThat(redone.assignments())
                .filteredOn(a -> a.actorId().equals(id("weaver")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.code()).isNotEqualTo("A-06");
                    assertThat(a.kept()).isFalse();
                });
        assertThat(kept.assignments()).hasSize(3);
        assertThat(kept.assignments()).extracting(Assignment::code).doesNotHaveDuplicates();
    }

    @Test
    void givesTheSameProposalForTheSameInputInAnyOrder() {
        List<FloorPlan.Stand> stands = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 10; c++) {
                stands.add(new FloorPlan.Stand(
                        id("stand-" + r + "-" + c),
                        GridPlanGenerator.code(r, c),
                        new Rect(3 + c * 3, 3 + r * 3, 3, 3),
                        r % 2 == 0,
                        c == 0,
                        null,
                        null,
                        false));
            }
        }
        String[][] chains = {
            {"AGRICULTURE", "HONEY"},
            {"AGRICULTURE", "DATES"},
            {"AGRIFOOD", "ARGAN"},
            {"AGRIFOOD", "COUSCOUS"},
            {"HANDICRAFTS", "WEAVING"},
            {"HANDICRAFTS", "POTTERY"},
            {"TOURISM", "SOLIDARITY_TOURISM"}
        };
        List<Exhibitor> exhibitors = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            String[] chain = chains[i % chains.length];
            exhibitors.add(exhibitor("e" + i, chain[0], chain[1], i % 5 == 0 ? 12 : 9, i % 3 == 0, i % 11 == 0));
        }
        Proposal first = SectorGroupedPlacement.propose(stands, exhibitors, false);
        List<Exhibitor> shuffled = new ArrayList<>(exhibitors);
        Collections.shuffle(shuffled, new Random(7));
        List<FloorPlan.Stand> shuffledStands = new ArrayList<>(stands);
        Collections.shuffle(shuffledStands, new Random(11));

        assertThat(SectorGroupedPlacement.propose(stands, exhibitors, false)).isEqualTo(first);
        assertThat(SectorGroupedPlacement.propose(shuffledStands, shuffled, false))
                .isEqualTo(first);
        assertThat(first.assignments()).hasSize(35);
    }

    @Test
    void walksTheRowsAsASnake() {
        List<FloorPlan.Stand> stands = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                stands.add(new FloorPlan.Stand(
                        id("s" + r + c),
                        GridPlanGenerator.code(r, c),
                        new Rect(c * 3, r * 3, 3, 3),
                        false,
                        false,
                        null,
                        null,
                        false));
            }
        }

        assertThat(SectorGroupedPlacement.walkOrder(stands))
                .extracting(FloorPlan.Stand::code)
                .containsExactly("A-01", "A-02", "A-03", "B-03", "B-02", "B-01");
    }

    private static Map<UUID, Integer> positions(List<FloorPlan.Stand> stands, Proposal proposal) {
        List<UUID> walk = SectorGroupedPlacement.walkOrder(stands).stream()
                .map(FloorPlan.Stand::id)
                .toList();
        return proposal.assignments().stream()
                .collect(Collectors.toMap(Assignment::actorId, a -> walk.indexOf(a.standId())));
    }

    private static List<FloorPlan.Stand> row(int count, boolean electricity, boolean water) {
        List<FloorPlan.Stand> stands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stands.add(stand(i, electricity, water));
        }
        return stands;
    }

    private static FloorPlan.Stand stand(int i, boolean electricity, boolean water) {
        return new FloorPlan.Stand(
                id("stand-" + i),
                GridPlanGenerator.code(0, i),
                new Rect(3 + i * 3, 3, 3, 3),
                electricity,
                water,
                null,
                null,
                false);
    }

    static Exhibitor exhibitor(String key, String sector, String valueChain) {
        return exhibitor(key, sector, valueChain, 9, false, false);
    }

    static Exhibitor exhibitor(
            String key, String sector, String valueChain, int area, boolean electricity, boolean water) {
        return new Exhibitor(
                EDITION,
                id(key),
                new LocalizedText(null, key, null),
                valueChain,
                sector,
                1L,
                null,
                false,
                false,
                BigDecimal.valueOf(area),
                electricity,
                water,
                null,
                id("location-" + key));
    }

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
