package ma.tadamon.catalog;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable ids and barcodes of some demo variants, so that other modules' demo data (consignments,
 * past sales) and tests can refer to them. The catalogue's demo data creates them.
 */
public final class DemoCatalogIds {

    public static final UUID TIFAWIN_ARGAN_OIL_250 = variant("tifawin-argan-oil-250");
    public static final UUID TIFAWIN_ARGAN_COSMETIC_100 = variant("tifawin-argan-cosmetic-100");
    public static final UUID TIFAWIN_AMLOU_250 = variant("tifawin-amlou-250");
    public static final UUID DATES_MAJHOUL_1KG = variant("taghjijt-dates-1kg");
    public static final UUID HONEY_THYME_500 = variant("taounate-honey-thyme-500");
    public static final UUID COUSCOUS_BARLEY_1KG = variant("smara-couscous-barley-1kg");
    public static final UUID CACTUS_SEED_OIL_30 = variant("drargua-cactus-seed-oil-30");
    public static final UUID ASRIR_WOVEN_CUSHION = variant("asrir-woven-cushion");

    private DemoCatalogIds() {}

    public static UUID variant(String key) {
        return UUID.nameUUIDFromBytes(("variant:" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID product(String key) {
        return UUID.nameUUIDFromBytes(("product:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The demo variant's barcode: an in-store EAN-13 far above the generated ones. */
    public static String barcode(int n) {
        return Barcodes.inStore(900_000L + n);
    }
}
