package ma.tadamon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsCentimesExactlyAndRefusesFractionsOfACentime() {
        assertThat(Money.of("0.1").plus(Money.of("0.2"))).isEqualTo(Money.of("0.30"));
        assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("12.500")).isEqualTo(Money.of("12.5"));
    }

    @Test
    void roundsAProductHalfUpToTheCentimeOnce() {
        // 1 234.55 × 7.5 % = 92.59125 → 92.59; 10.10 × 5 % = 0.505 → 0.51
        assertThat(Money.of("1234.55").times(new BigDecimal("0.075"))).isEqualTo(Money.of("92.59"));
        assertThat(Money.of("10.10").times(new BigDecimal("0.05"))).isEqualTo(Money.of("0.51"));
        assertThat(Money.of("1234.55").minus(Money.of("92.59"))).isEqualTo(Money.of("1141.96"));
    }
}
