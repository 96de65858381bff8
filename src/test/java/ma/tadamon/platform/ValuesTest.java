package ma.tadamon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import ma.tadamon.identity.AccountIdentifier;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void phoneNumbersWrittenTheLocalWayBecomeE164() {
        assertThat(PhoneNumber.parse("06 12 34 56 78").e164()).isEqualTo("+212612345678");
        assertThat(PhoneNumber.parse("0712-345678").e164()).isEqualTo("+212712345678");
        assertThat(PhoneNumber.parse("00212 5 28 12 34 56").e164()).isEqualTo("+212528123456");
        assertThat(PhoneNumber.parse("+212 6 61 00 00 01").e164()).isEqualTo("+212661000001");
    }

    @Test
    void rejectsNumbersThatAreNotMoroccan() {
        assertThatThrownBy(() -> PhoneNumber.parse("+33612345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.parse("0912345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.parse("06123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accountsSignInWithEmailOrMobileOnly() {
        assertThat(AccountIdentifier.parse(" Fatima@Example.MA ").value()).isEqualTo("fatima@example.ma");
        assertThat(AccountIdentifier.parse("0661000001").value()).isEqualTo("+212661000001");
        assertThatThrownBy(() -> AccountIdentifier.parse("0528123456"))
                .as("a fixed line is not a mobile")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountIdentifier.parse("not@mail")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesFallBackFromTheRequestedLanguageToTheOtherOfArabicAndFrench() {
        LocalizedText both = new LocalizedText("تعاونية", "Coopérative", null);
        assertThat(both.in(Locale.forLanguageTag("ar"))).isEqualTo("تعاونية");
        assertThat(both.in(Locale.FRENCH)).isEqualTo("Coopérative");
        assertThat(both.in(Locale.ENGLISH)).isEqualTo("Coopérative");
        LocalizedText arabicOnly = new LocalizedText("تعاونية", null, null);
        assertThat(arabicOnly.in(Locale.FRENCH)).isEqualTo("تعاونية");
        assertThat(arabicOnly.languageIn(Locale.FRENCH)).isEqualTo("ar");
        assertThat(new LocalizedText(null, null, "Cooperative").in(Locale.FRENCH))
                .isEqualTo("Cooperative");
        assertThat(new LocalizedText(null, " ", "x").hasArabicOrFrench()).isFalse();
    }

    @Test
    void pagingIsClampedToSaneBounds() {
        assertThat(PageResult.size(0)).isEqualTo(1);
        assertThat(PageResult.size(10_000)).isEqualTo(PageResult.MAX_SIZE);
        assertThat(PageResult.page(-3)).isZero();
        assertThat(new PageResult<>(java.util.List.of(), 2, 20, 41).totalPages())
                .isEqualTo(3);
    }
}
