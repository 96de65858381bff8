package ma.tadamon.party;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids of the demo parties, so other modules' demo data can refer to them. */
public final class DemoPartyIds {

    public static final UUID AGENCE_DU_SUD = of("agence-du-sud");
    public static final UUID COMMUNE_AGADIR = of("commune-agadir");
    public static final UUID STORE_SOUSS_MASSA = of("store-souss-massa");
    public static final UUID COOP_TIFAWIN = of("coop-tifawin");
    public static final UUID REGION_SOUSS_MASSA = of("region-souss-massa");

    private DemoPartyIds() {}

    public static UUID of(String key) {
        return UUID.nameUUIDFromBytes(("party:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
