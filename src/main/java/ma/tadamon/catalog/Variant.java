package ma.tadamon.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** What is priced, stocked, scanned and sold: a size or packaging of a product. */
public record Variant(
        UUID id,
        UUID productId,
        LocalizedText name,
        @Nullable BigDecimal quantity,
        Packaging packaging,
        String barcode,
        BigDecimal price,
        boolean active) {

    public String name(Locale locale) {
        return name.in(locale);
    }
}
