package ma.tadamon.registry;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tadamon.platform.AgeBand;
import ma.tadamon.platform.SearchText;
import org.junit.jupiter.api.Test;

class RegistryRulesTest {

    final LeadershipRules rules = LeadershipRules.defaults();

    @Test
    void aWomanPresidentMakesAnActorWomenLedWhateverTheMembers() {
        assertThat(rules.womenLed(new LeadershipRules.Composition(10, 1, 0, "F", 50)))
                .isTrue();
    }

    @Test
    void halfTheMembersBeingWomenMakesAnActorWomenLed() {
        assertThat(rules.womenLed(new LeadershipRules.Composition(8, 4, 0, "M", 50)))
                .isTrue();
        assertThat(rules.womenLed(new LeadershipRules.Composition(9, 4, 0, "M", 50)))
                .isFalse();
    }

    @Test
    void youthLedByPresidentAgeOrShareOfYoungMembers() {
        assertThat(rules.youthLed(new LeadershipRules.Composition(5, 0, 0, "M", 34)))
                .isTrue();
        assertThat(rules.youthLed(new LeadershipRules.Composition(5, 0, 0, "M", 35)))
                .isFalse();
        assertThat(rules.youthLed(new LeadershipRules.Composition(6, 0, 3, "M", 60)))
                .isTrue();
        assertThat(rules.youthLed(new LeadershipRules.Composition(0, 0, 0, null, null)))
                .isFalse();
    }

    @Test
    void theRulesAreConfigurable() {
        LeadershipRules stricter = new LeadershipRules(0.6, 18, 29, 0.5);
        assertThat(stricter.womenLed(new LeadershipRules.Composition(10, 5, 0, "M", 40)))
                .isFalse();
        assertThat(stricter.youthLed(new LeadershipRules.Composition(3, 0, 0, "F", 31)))
                .isFalse();
    }

    @Test
    void searchTextFoldsArabicLetterFormsDiacriticsAndFrenchAccents() {
        assertThat(SearchText.normalize("تعاونيّة الأمل")).isEqualTo(SearchText.normalize("تعاونيه الامل"));
        assertThat(SearchText.normalize("إفران أطلس")).isEqualTo("افران اطلس");
        assertThat(SearchText.normalize("مؤسسة ـــ الرئيسة")).isEqualTo("موسسه الرييسه");
        assertThat(SearchText.normalize("Coopérative  Tifawin-d'Argane")).isEqualTo("cooperative tifawin d argane");
    }

    @Test
    void ageBandsFollowTheStatisticalConvention() {
        assertThat(AgeBand.ofAge(17)).isEqualTo(AgeBand.UNDER_18);
        assertThat(AgeBand.ofAge(18)).isEqualTo(AgeBand.FROM_18_TO_34);
        assertThat(AgeBand.ofAge(34)).isEqualTo(AgeBand.FROM_18_TO_34);
        assertThat(AgeBand.ofAge(35)).isEqualTo(AgeBand.FROM_35_TO_49);
        assertThat(AgeBand.ofAge(65)).isEqualTo(AgeBand.FROM_65);
        assertThat(AgeBand.of(1990, 2026)).isEqualTo(AgeBand.FROM_35_TO_49);
    }

    @Test
    void ribKeyAndIceShapeAreChecked() {
        String body = "0117800000123456789012";
        int key = 97
                - new java.math.BigInteger(body)
                        .multiply(java.math.BigInteger.valueOf(100))
                        .mod(java.math.BigInteger.valueOf(97))
                        .intValue();
        String rib = body + String.format("%02d", key);
        assertThat(Identifiers.ribKeyRight(rib)).isTrue();
        assertThat(Identifiers.ribKeyRight(body + String.format("%02d", (key + 1) % 100)))
                .isFalse();
        assertThat(Identifiers.iceWellFormed("004512345000079")).isTrue();
        assertThat(Identifiers.iceChecksumLooksRight("004512345000079")).isTrue();
        assertThat(Identifiers.iceChecksumLooksRight("004512345000078")).isFalse();
        assertThat(Identifiers.digits("0045 1234-5000.079")).isEqualTo("004512345000079");
    }
}
