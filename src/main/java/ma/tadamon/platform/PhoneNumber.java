package ma.tadamon.platform;

import java.util.regex.Pattern;

/**
 * A Moroccan phone number in E.164 form: +212 then nine digits, the first being 5 (fixed), 6 or 7
 * (mobile) or 8 (non-geographic). Which first digits a use accepts is that use's configuration.
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+212[5-8]\\d{8}");

    public PhoneNumber {
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("Not a Moroccan number in E.164 form: " + e164);
        }
    }

    /** Accepts 06 12 34 56 78, 0612-345678, 212612345678, +212 6 12 34 56 78 and 00212612345678. */
    public static PhoneNumber parse(String raw) {
        String digits = raw.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (digits.startsWith("212")) {
            digits = "+" + digits;
        } else if (digits.startsWith("0") && digits.length() == 10) {
            digits = "+212" + digits.substring(1);
        }
        return new PhoneNumber(digits);
    }

    public static boolean looksLikePhone(String raw) {
        return raw.replaceAll("[\\s.\\-()+]", "").matches("\\d{9,14}");
    }

    public char firstDigit() {
        return e164.charAt(4);
    }

    @Override
    public String toString() {
        return e164;
    }
}
