package ma.tadamon.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SettlementFiguresTest {

    @Test
    void commissionIsRoundedHalfUpToTheCentimeAndNetIsGrossLessCommission() {
        // 1 234.55 × 0.075 = 92.591 25 → 92.59; 1 234.55 − 92.59 = 1 141.96
        SettlementFigures f = SettlementFigures.of(new BigDecimal("1234.55"), new BigDecimal("0.0750"));

        assertThat(f.gross()).isEqualByComparingTo("1234.55");
        assertThat(f.commission()).isEqualByComparingTo("92.59");
        assertThat(f.net()).isEqualByComparingTo("1141.96");
        assertThat(f.commission().scale()).isEqualTo(2);
    }

    @Test
    void anExactHalfCentimeGoesUpNotToEven() {
        // 10.50 × 0.05 = 0.525: half-up gives 0.53 where banker's rounding would give 0.52
        SettlementFigures f = SettlementFigures.of(new BigDecimal("10.50"), new BigDecimal("0.05"));

        assertThat(f.commission()).isEqualByComparingTo("0.53");
        assertThat(f.net()).isEqualByComparingTo("9.97");
    }

    @Test
    void returnsBeyondSalesGiveANegativeStatementRoundedAwayFromZeroLikeTheDatabase() {
        // PostgreSQL's round(-0.525, 2) is -0.53, which the table's check constraint requires
        SettlementFigures f = SettlementFigures.of(new BigDecimal("-10.50"), new BigDecimal("0.05"));

        assertThat(f.commission()).isEqualByComparingTo("-0.53");
        assertThat(f.net()).isEqualByComparingTo("-9.97");
    }

    @Test
    void aZeroRateLeavesEverythingToTheCooperative() {
        SettlementFigures f = SettlementFigures.of(new BigDecimal("99.99"), BigDecimal.ZERO);

        assertThat(f.commission()).isEqualByComparingTo("0.00");
        assertThat(f.net()).isEqualByComparingTo("99.99");
    }
}
