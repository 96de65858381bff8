package ma.tadamon.platform.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NiceScaleTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(NiceScale.step(0.23)).isEqualTo(0.5);
        assertThat(NiceScale.step(17)).isEqualTo(20);
        assertThat(NiceScale.step(2)).isEqualTo(2);
        assertThat(NiceScale.step(4100)).isEqualTo(5000);
    }

    @Test
    void axisIncludesZeroAndRoundEnds() {
        NiceScale scale = NiceScale.of(-130, 470, 5);
        assertThat(scale.step()).isEqualTo(200);
        assertThat(scale.ticks()).containsExactly(-200.0, 0.0, 200.0, 400.0, 600.0);
        assertThat(NiceScale.of(12, 70, 5).lo()).isZero();
        assertThat(NiceScale.of(0, 0.7, 5).ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8);
    }

    @Test
    void nothingToScaleGivesZeroToOne() {
        assertThat(NiceScale.of(0, 0, 5).ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
    }
}
