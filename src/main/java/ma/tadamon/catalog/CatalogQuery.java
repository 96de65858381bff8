package ma.tadamon.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the public catalogue, all optional: words of the names (Arabic or French, whatever
 * the spelling of hamza, taa marbuta, diacritics or accents), a value chain, a territory (official
 * code at any level) and a label type held, verified and valid, by the product or its maker.
 */
public record CatalogQuery(
        @Nullable String text,
        @Nullable String valueChain,
        @Nullable String territory,
        @Nullable String label,
        int page,
        int size) {}
