package ma.tadamon.catalog;

import java.math.BigDecimal;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A variant as typed; a blank barcode gets an in-store EAN-13. */
public record NewVariant(
        LocalizedText name,
        @Nullable BigDecimal quantity,
        Packaging packaging,
        @Nullable String barcode,
        BigDecimal price) {}
