package ma.tadamon.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RegistryIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Actors actors;

    @Autowired
    Members members;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    UUID honeyOfTaounate() {
        return DemoPartyIds.of("coop-nahl-taounate");
    }

    @Test
    void leadershipIsDerivedFromMembersAndBoard() {
        assertThat(actors.find(DemoPartyIds.COOP_TIFAWIN).orElseThrow().womenLed())
                .as("woman president")
                .isTrue();
        assertThat(actors.find(DemoPartyIds.of("coop-tine-tissa")).orElseThrow().youthLed())
                .as("president under 35")
                .isTrue();
        Actor honey = actors.find(DemoPartyIds.of("coop-zitoun-karia")).orElseThrow();
        assertThat(honey.womenLed()).isFalse();
        assertThat(honey.youthLed()).isFalse();
    }

    @Test
    void newMembersChangeTheDerivedLeadershipAndPublishAnEventWithoutTheirName() {
        Actor before = actors.find(honeyOfTaounate()).orElseThrow();
        assertThat(before.womenLed()).isFalse(); // 1 woman of 5
        long events = jdbc.sql("select count(*) from event_publication where event_type like '%MembershipChanged'")
                .query(Long.class)
                .single();
        for (String name : new String[] {"Imane Benjelloun", "Sanae Kabbaj", "Hind Naciri"}) {
            members.add(
                    honeyOfTaounate(),
                    new NewMember(
                            name, "F", 2001, null, null, MemberRole.MEMBER, LocalDate.now(), "Registre des membres"));
        }
        Actor after = actors.find(honeyOfTaounate()).orElseThrow();
        assertThat(after.womenLed()).as("4 women of 8").isTrue();
        assertThat(after.youthLed()).as("5 of 8 aged 18-34").isTrue();
        // every listener's copy of the event is stored; none carries a name
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%MembershipChanged'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(events);
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like '%Sanae%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSecondPresidentIsRefused() {
        assertThatThrownBy(() -> members.add(
                        DemoPartyIds.COOP_TIFAWIN,
                        new NewMember(
                                "Another President",
                                "F",
                                1980,
                                null,
                                null,
                                MemberRole.PRESIDENT,
                                LocalDate.now(),
                                "Registre")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("validation.member.onePresident");
    }

    @Test
    void identifiersAreCheckedAndAnOddIceOnlyWarns() {
        long commune = territories.byCode("10.261.05.05").orElseThrow().id();
        NewActor base = NewActor.of(ActorType.COOPERATIVE, "تعاونية الاختبار", "Coopérative test", "HONEY", commune);
        var oddIce = new NewActor(
                base.type(),
                base.nameAr(),
                "Coopérative ICE " + UUID.randomUUID(),
                null,
                null,
                null,
                "HONEY",
                commune,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "00"
                        + String.format(
                                "%013d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000_000L)),
                null);
        Actors.Registration registration = actors.register(oddIce);
        assertThat(actors.find(registration.id())).isPresent();
        if (!Identifiers.iceChecksumLooksRight(oddIce.ice())) {
            assertThat(registration.warnings()).containsExactly("warning.actor.iceChecksum");
        }
        var shortIce = new NewActor(
                base.type(),
                base.nameAr(),
                base.nameFr(),
                null,
                null,
                null,
                "HONEY",
                commune,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "12345",
                null);
        assertThatThrownBy(() -> actors.register(shortIce)).hasMessage("validation.actor.ice");
        var badRib = new NewActor(
                base.type(),
                base.nameAr(),
                base.nameFr(),
                null,
                null,
                null,
                "HONEY",
                commune,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "011780000012345678901299");
        assertThatThrownBy(() -> actors.register(badRib)).hasMessage("validation.actor.ribKey");
        assertThatThrownBy(() -> actors.register(NewActor.of(ActorType.TPE, "x", "x", "NOT_A_CHAIN", commune)))
                .hasMessage("validation.actor.valueChain");
    }

    @Test
    void directoryMatchesArabicAndFrenchWhateverTheSpelling() {
        assertThat(actors.search(query("تعاونيه نحل تاونات", null)).items())
                .extracting(ActorSummary::id)
                .first()
                .isEqualTo(honeyOfTaounate());
        assertThat(actors.search(query("cooperative des figues", null)).items())
                .extracting(ActorSummary::id)
                .contains(DemoPartyIds.of("coop-tine-tissa"));
        assertThat(actors.search(query("الأمل", null)).items())
                .extracting(ActorSummary::id)
                .contains(DemoPartyIds.of("coop-amal-drargua"));
    }

    @Test
    void directoryFiltersByTerritoryAtAnyLevelAndByLeadership() {
        assertThat(actors.search(query(null, "10")).items())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(territories
                                .containing(a.communeId(), ma.tadamon.geo.TerritoryLevel.REGION)
                                .orElseThrow()
                                .code())
                        .isEqualTo("10"));
        assertThat(actors.search(query(null, "03.531")).items()).hasSizeGreaterThanOrEqualTo(4);
        var womenLed = actors.search(new DirectoryQuery(null, null, null, null, null, true, null, 0, 50))
                .items();
        assertThat(womenLed).isNotEmpty().allMatch(ActorSummary::womenLed);
        assertThat(actors.search(new DirectoryQuery(null, null, null, "HANDICRAFTS", null, null, null, 0, 200))
                        .items())
                .extracting(ActorSummary::valueChain)
                .isSubsetOf("WEAVING", "CARPETS", "CARPENTRY", "SEWING", "POTTERY", "LEATHER")
                .contains("WEAVING", "CARPENTRY", "SEWING");
    }

    @Test
    void publicApiAndProfileShowAggregatesNeverMembersNames() throws Exception {
        mvc.perform(get("/api/v1/actors/" + DemoPartyIds.COOP_TIFAWIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.womenLed").value(true))
                .andExpect(jsonPath("$.women").value(6))
                .andExpect(jsonPath("$.men").value(0))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Ait Baha"))));
        mvc.perform(get("/actors/" + DemoPartyIds.COOP_TIFAWIN).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Coopérative Tifawin")))
                .andExpect(content().string(Matchers.containsString("6 membres : 6 femmes, 0 hommes")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Ait Baha"))));
        mvc.perform(get("/api/v1/actors").param("territory", "11").param("q", "كسكس"))
                .andExpect(jsonPath("$.items[0].nameFr").value("Coopérative féminine de couscous de Smara"))
                .andExpect(jsonPath("$.items[0].communeCode").value("11.221.01.01"));
    }

    @Test
    void directoryPageListsAndMapsTheResults() throws Exception {
        mvc.perform(get("/directory").param("territory", "10").header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("تعاونية أسرير للنسيج")))
                .andExpect(content().string(Matchers.containsString("data-markers=\"actor-list\"")))
                .andExpect(content().string(Matchers.containsString("data-lat=\"29.2167")));
    }

    static DirectoryQuery query(String text, String territory) {
        return new DirectoryQuery(text, territory, null, null, null, null, null, 0, 20);
    }
}
