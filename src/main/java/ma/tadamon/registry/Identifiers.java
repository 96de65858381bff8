package ma.tadamon.registry;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Checks of Moroccan identifiers. The ICE is 15 digits (9 company, 4 establishment, 2 check
 * digits) whose check algorithm is not published: the mod-97 rule here is our best guess, so a
 * failure only warns. The RIB is 24 digits (bank, city, account, key) with a mod-97 key.
 */
public final class Identifiers {

    private Identifiers() {}

    public static @Nullable String digits(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[\\s.\\-]", "");
        return digits.isEmpty() ? null : digits;
    }

    public static boolean iceWellFormed(String ice) {
        return ice.matches("\\d{15}");
    }

    /** Advisory: true when the last two digits equal 97 minus the first 13 modulo 97. */
    public static boolean iceChecksumLooksRight(String ice) {
        long body = Long.parseLong(ice.substring(0, 13));
        int key = Integer.parseInt(ice.substring(13));
        return key == 97 - (int) (body % 97);
    }

    public static boolean ribWellFormed(String rib) {
        return rib.matches("\\d{24}");
    }

    public static boolean ribKeyRight(String rib) {
        BigInteger body = new BigInteger(rib.substring(0, 22)).multiply(BigInteger.valueOf(100));
        int key = Integer.parseInt(rib.substring(22));
        return key == 97 - body.mod(BigInteger.valueOf(97)).intValue();
    }
}
