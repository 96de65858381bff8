package ma.tadamon.sales.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ma.tadamon.platform.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A receipt is printed in Arabic and French whatever the cashier's language:
 * {@code ${@receiptText.text('receipt.total', 'ar')}}, and names in one language with the other as
 * fallback.
 */
@Component("receiptText")
class ReceiptText {

    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;

    ReceiptText(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    public String name(LocalizedText name, String language) {
        return name.in(Locale.forLanguageTag(language));
    }

    /** The name reads the same in Arabic and French (one written in only one of them): print it once. */
    public boolean same(LocalizedText name) {
        return name(name, "ar").equals(name(name, "fr"));
    }

    /** Date and time in Morocco, written the same way in both languages. */
    public String when(Instant instant) {
        return WHEN.withZone(MOROCCO).format(instant);
    }
}
