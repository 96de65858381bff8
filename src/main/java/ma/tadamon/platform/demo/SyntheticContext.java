package ma.tadamon.platform.demo;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The seed and scale of one synthetic run. {@code scale} is the number of organisations to make;
 * every dataset derives its volumes from it (members per actor, sales per day...).
 */
public record SyntheticContext(long seed, int scale) {

    public SyntheticContext {
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative");
        }
    }

    /** An independent, reproducible random stream for one dataset. */
    public SplittableRandom random(String dataset) {
        long mix = seed;
        for (byte b : dataset.getBytes(StandardCharsets.UTF_8)) {
            mix = mix * 31 + b;
        }
        return new SplittableRandom(mix);
    }

    /** A version-4-shaped UUID drawn from the given stream, so generated ids are reproducible. */
    public static UUID uuid(SplittableRandom random) {
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
