package ma.tadamon.registry;

import org.jspecify.annotations.Nullable;

/** Directory filters; all optional. {@code territory} is an official code at any level. */
public record DirectoryQuery(
        @Nullable String text,
        @Nullable String territory,
        @Nullable ActorType type,
        @Nullable String sector,
        @Nullable String valueChain,
        @Nullable Boolean womenLed,
        @Nullable Boolean youthLed,
        int page,
        int size) {

    public static DirectoryQuery all(int page, int size) {
        return new DirectoryQuery(null, null, null, null, null, null, null, page, size);
    }
}
