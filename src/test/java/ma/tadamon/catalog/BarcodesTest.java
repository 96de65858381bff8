package ma.tadamon.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarcodesTest {

    @Test
    void checksTheEan13CheckDigit() {
        assertThat(Barcodes.isEan13("4006381333931")).isTrue(); // a published example
        assertThat(Barcodes.isEan13("4006381333932")).isFalse();
        assertThat(Barcodes.isEan13("400638133393")).isFalse();
    }

    @Test
    void inStoreCodesStartWithTwoAndCarryAValidCheckDigit() {
        String code = Barcodes.inStore(42);
        assertThat(code).hasSize(13).startsWith("200000000042");
        assertThat(Barcodes.isEan13(code)).isTrue();
        assertThat(Barcodes.inStore(43)).isNotEqualTo(code);
    }
}
