package ma.tadamon.fairs;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import ma.tadamon.platform.notify.Notification;
import ma.tadamon.platform.notify.NotificationSender;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Tells registrants of their registration, of a session moved and of a cancelled session, each in their own language. */
@Component
class ProgrammeNotices {

    private final MessageSource messages;
    private final NotificationSender sender;

    ProgrammeNotices(MessageSource messages, NotificationSender sender) {
        this.messages = messages;
        this.sender = sender;
    }

    void registered(
            Edition edition,
            ProgrammeSession session,
            String name,
            @Nullable String phone,
            @Nullable String email,
            String language) {
        send("registered", edition, session, name, phone, email, language);
    }

    void changed(
            Edition edition,
            ProgrammeSession session,
            String name,
            @Nullable String phone,
            @Nullable String email,
            String language) {
        send("changed", edition, session, name, phone, email, language);
    }

    void cancelled(
            Edition edition,
            ProgrammeSession session,
            String name,
            @Nullable String phone,
            @Nullable String email,
            String language) {
        send("cancelled", edition, session, name, phone, email, language);
    }

    private void send(
            String what,
            Edition edition,
            ProgrammeSession session,
            String name,
            @Nullable String phone,
            @Nullable String email,
            String language) {
        Locale locale = Locale.forLanguageTag(language);
        Object[] args = {
            name,
            session.title(locale),
            edition.name(locale),
            DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(formatting(locale))
                    .format(session.day()),
            Programme.hhmm(session.startsAt()),
            Programme.hhmm(session.endsAt()),
            session.space()
        };
        Notification notification = Notification.to(
                email,
                phone,
                messages.getMessage("fairs.programme.notice." + what + ".subject", args, locale),
                messages.getMessage("fairs.programme.notice." + what + ".body", args, locale));
        // Only once the change is committed: nobody hears of a registration that was rolled back.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.send(notification);
                }
            });
        } else {
            sender.send(notification);
        }
    }

    /** Moroccan conventions: Latin digits in Arabic too. */
    static Locale formatting(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> Locale.forLanguageTag("ar-MA");
            case "fr" -> Locale.forLanguageTag("fr-MA");
            default -> Locale.forLanguageTag("en-MA");
        };
    }
}
