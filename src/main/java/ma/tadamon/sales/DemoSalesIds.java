package ma.tadamon.sales;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids of demo sales locations, for other modules' demo data and for tests. */
public final class DemoSalesIds {

    /** The Souss-Massa solidarity store in Agadir, operated by {@code DemoPartyIds.STORE_SOUSS_MASSA}. */
    public static final UUID SOLIDARITY_STORE_AGADIR =
            UUID.nameUUIDFromBytes("location:solidarity-store-agadir".getBytes(StandardCharsets.UTF_8));

    private DemoSalesIds() {}
}
