package ma.tadamon.fairs;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids of the demo editions, so other demo data and tests can refer to them. */
public final class DemoFairIds {

    /** Agadir, 1st edition (29 Dec 2025 – 4 Jan 2026, Place Al Amal, 150 exhibitors on 4,000 m²): closed. */
    public static final UUID AGADIR_1 = of("agadir-1");
    /** Taounate, 2nd edition (19–26 Dec 2025), open to other regions, with a solidarity store corner: closed. */
    public static final UUID TAOUNATE_2 = of("taounate-2");
    /** Agadir, 2nd edition (spring 2027): call for exhibitors open. */
    public static final UUID AGADIR_2 = of("agadir-2");

    private DemoFairIds() {}

    public static UUID of(String key) {
        return UUID.nameUUIDFromBytes(("fair:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
