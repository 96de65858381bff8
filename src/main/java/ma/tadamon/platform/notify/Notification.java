package ma.tadamon.platform.notify;

/** A message to one person, already written in their language. */
public record Notification(Channel channel, String recipient, String subject, String body) {

    public enum Channel {
        EMAIL,
        SMS
    }
}
