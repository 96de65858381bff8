package ma.tadamon.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.MemberRole;
import org.junit.jupiter.api.Test;

class ImportValuesTest {

    @Test
    void datesAreReadDayFirstOrIso() {
        assertThat(ImportValues.date("15/01/2024")).contains(LocalDate.of(2024, 1, 15));
        assertThat(ImportValues.date("5.3.2019")).contains(LocalDate.of(2019, 3, 5));
        assertThat(ImportValues.date("2024-01-15")).contains(LocalDate.of(2024, 1, 15));
        assertThat(ImportValues.date("2024-01-15T00:00:00")).contains(LocalDate.of(2024, 1, 15));
        assertThat(ImportValues.date(" ")).isEmpty();
        assertThatThrownBy(() -> ImportValues.date("31/02/2024")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportValues.date("janvier")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearsComeFromNumbersOrDates() {
        assertThat(ImportValues.year("1985")).contains(1985);
        assertThat(ImportValues.year("1985.0")).contains(1985);
        assertThat(ImportValues.year("12/06/1990")).contains(1990);
        assertThatThrownBy(() -> ImportValues.year("85 ans")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void genderRoleAndTypeWordsInThreeLanguages() {
        assertThat(ImportValues.gender("امرأة")).contains("F");
        assertThat(ImportValues.gender("أنثى")).contains("F");
        assertThat(ImportValues.gender("Femme")).contains("F");
        assertThat(ImportValues.gender("f")).contains("F");
        assertThat(ImportValues.gender("Homme")).contains("M");
        assertThat(ImportValues.gender("ذكر")).contains("M");
        assertThat(ImportValues.gender("X")).isEmpty();
        assertThat(ImportValues.role("Présidente")).contains(MemberRole.PRESIDENT);
        assertThat(ImportValues.role("أمينة المال")).contains(MemberRole.TREASURER);
        assertThat(ImportValues.role("vice_president")).contains(MemberRole.VICE_PRESIDENT);
        assertThat(ImportValues.role("")).contains(MemberRole.MEMBER);
        assertThat(ImportValues.role("chef")).isEmpty();
        assertThat(ImportValues.type("Coopérative agricole")).contains(ActorType.COOPERATIVE);
        assertThat(ImportValues.type("جمعية")).contains(ActorType.ASSOCIATION);
        assertThat(ImportValues.type("auto-entrepreneur")).contains(ActorType.AUTO_ENTREPRENEUR);
        assertThat(ImportValues.type("Banque")).isEmpty();
    }
}
