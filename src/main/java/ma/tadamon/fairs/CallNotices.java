package ma.tadamon.fairs;

import java.util.Locale;
import ma.tadamon.identity.Account;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Tells an actor's managers, each in their own language, what became of its application:
 * selected, on the waiting list (with the rank), not selected (with the reason), or offered a
 * place that a withdrawal freed.
 */
@Component
class CallNotices {

    enum Kind {
        SELECTED,
        WAITLISTED,
        REJECTED,
        PROMOTED
    }

    private final Accounts accounts;
    private final ma.tadamon.platform.notify.NotificationSender sender;
    private final MessageSource messages;
    private final String configuredBaseUrl;

    CallNotices(
            Accounts accounts,
            ma.tadamon.platform.notify.NotificationSender sender,
            MessageSource messages,
            @Value("${tadamon.base-url:}") String configuredBaseUrl) {
        this.accounts = accounts;
        this.sender = sender;
        this.messages = messages;
        this.configuredBaseUrl = configuredBaseUrl;
    }

    void tell(Kind kind, Application application, Edition edition) {
        String link = baseUrl() + "/manage/" + application.actorId() + "/fairs";
        for (Account manager : accounts.holdersOf(application.actorId(), Roles.COOP_MANAGER)) {
            Locale locale = Locale.forLanguageTag(manager.locale());
            String reason = reason(application, locale);
            Object[] args = {
                application.actorName(locale),
                edition.name(locale),
                // Digits as written in Morocco, whatever the language.
                application.waitlistRank() == null ? "" : String.valueOf(application.waitlistRank()),
                reason,
                link
            };
            String subject = messages.getMessage("fairs.notice." + kind + ".subject", args, locale);
            String body = messages.getMessage("fairs.notice." + kind + ".body", args, locale);
            if (manager.email() != null || manager.phone() != null) {
                sender.send(
                        ma.tadamon.platform.notify.Notification.to(manager.email(), manager.phone(), subject, body));
            }
        }
    }

    private String reason(Application application, Locale locale) {
        String code = application.decisionReason();
        String text = code == null ? "" : messages.getMessage("fairs.reason." + code, null, code, locale);
        String note = application.decisionNote();
        if (note != null && !note.isBlank()) {
            text = text.isEmpty() ? note : text + " — " + note;
        }
        return text;
    }

    private String baseUrl() {
        if (!configuredBaseUrl.isBlank()) {
            return strip(configuredBaseUrl);
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "";
    }

    private static String strip(@Nullable String url) {
        return url == null ? "" : url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
