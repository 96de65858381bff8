package ma.tadamon.registry;

import org.jspecify.annotations.Nullable;

/**
 * Directory filters; all optional. {@code territory} is an official code at any level; {@code tag}
 * the code of a tag an {@link ActorTagProvider} gives (e.g. a verified label).
 */
public record DirectoryQuery(
        @Nullable String text,
        @Nullable String territory,
        @Nullable ActorType type,
        @Nullable String sector,
        @Nullable String valueChain,
        @Nullable Boolean womenLed,
        @Nullable Boolean youthLed,
        int page,
        int size,
        @Nullable String tag) {

    public DirectoryQuery(
            @Nullable String text,
            @Nullable String territory,
            @Nullable ActorType type,
            @Nullable String sector,
            @Nullable String valueChain,
            @Nullable Boolean womenLed,
            @Nullable Boolean youthLed,
            int page,
            int size) {
        this(text, territory, type, sector, valueChain, womenLed, youthLed, page, size, null);
    }

    public static DirectoryQuery all(int page, int size) {
        return new DirectoryQuery(null, null, null, null, null, null, null, page, size);
    }
}
