package ma.tadamon.catalog;

/** EAN-13 check digits, and the in-store codes (prefix 2) given to variants that have none. */
public final class Barcodes {

    private Barcodes() {}

    public static boolean isEan13(String code) {
        return code.matches("\\d{13}") && checkDigit(code.substring(0, 12)) == code.charAt(12) - '0';
    }

    /** The check digit of the first 12 digits of an EAN-13 (weights 1 and 3 from the left). */
    public static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10;
    }

    /** An EAN-13 in the range reserved for restricted in-store use. */
    public static String inStore(long sequence) {
        String twelve = "2" + String.format("%011d", sequence);
        return twelve + checkDigit(twelve);
    }
}
