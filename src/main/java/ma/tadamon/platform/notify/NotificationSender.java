package ma.tadamon.platform.notify;

/**
 * Delivers notifications. The default run logs them; production plugs in a mail or SMS gateway by
 * declaring its own bean of this type.
 */
public interface NotificationSender {

    void send(Notification notification);
}
