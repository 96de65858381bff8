package ma.tadamon.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import ma.tadamon.platform.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * What a person signs in with: an e-mail address (lower-cased) or a Moroccan mobile number (in
 * E.164). Mobile first digits are 6 and 7.
 */
public record AccountIdentifier(
        @Nullable String email, @Nullable PhoneNumber phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public AccountIdentifier {
        if ((email == null) == (phone == null)) {
            throw new IllegalArgumentException("Exactly one of e-mail and phone");
        }
    }

    /** @throws IllegalArgumentException when the text is neither a valid e-mail nor a mobile number */
    public static AccountIdentifier parse(String raw) {
        String text = raw.trim();
        if (text.contains("@")) {
            return new AccountIdentifier(email(text), null);
        }
        return new AccountIdentifier(null, mobile(text));
    }

    public static String email(String raw) {
        String email = raw.trim().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: " + raw);
        }
        return email;
    }

    public static PhoneNumber mobile(String raw) {
        PhoneNumber phone = PhoneNumber.parse(raw);
        if (phone.firstDigit() != '6' && phone.firstDigit() != '7') {
            throw new IllegalArgumentException("Not a mobile number: " + raw);
        }
        return phone;
    }

    public String value() {
        return email != null ? email : String.valueOf(phone);
    }

    @Override
    public String toString() {
        return value();
    }
}
