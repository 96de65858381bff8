package ma.tadamon.catalog;

import ma.tadamon.platform.LocalizedText;

/** What a manager types to add or change a product. */
public record NewProduct(
        LocalizedText name, LocalizedText description, String valueChain, Unit unit, ProductStatus status) {}
