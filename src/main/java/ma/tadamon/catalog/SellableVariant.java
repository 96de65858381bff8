package ma.tadamon.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;

/**
 * A variant with what a sale needs to record it: seller, value chain, the seller's commune, price.
 * Sellable means the product is active and the variant too.
 */
public record SellableVariant(
        UUID variantId,
        UUID productId,
        UUID actorId,
        LocalizedText actorName,
        long communeId,
        String valueChain,
        LocalizedText productName,
        LocalizedText variantName,
        Unit unit,
        String barcode,
        BigDecimal price,
        boolean sellable) {

    /** The label in each language, for what is printed in two languages at once (receipts, statements). */
    public LocalizedText labels() {
        return new LocalizedText(label(Locale.forLanguageTag("ar")), label(Locale.FRENCH), label(Locale.ENGLISH));
    }

    /** "Huile d’argane — 250 ml" */
    public String label(Locale locale) {
        String variant = variantName.in(locale);
        String product = productName.in(locale);
        return variant.isBlank() ? product : product + " — " + variant;
    }
}
