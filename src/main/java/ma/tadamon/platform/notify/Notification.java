package ma.tadamon.platform.notify;

/** A message to one person, already written in their language. */
public record Notification(Channel channel, String recipient, String subject, String body) {

    /** To a person's e-mail if they gave one, else by SMS to their mobile (accounts have one or the other). */
    public static Notification to(
            @org.jspecify.annotations.Nullable String email,
            @org.jspecify.annotations.Nullable String phone,
            String subject,
            String body) {
        if (email != null) {
            return new Notification(Channel.EMAIL, email, subject, body);
        }
        if (phone != null) {
            return new Notification(Channel.SMS, phone, subject, body);
        }
        throw new IllegalArgumentException("Neither e-mail nor phone");
    }

    public enum Channel {
        EMAIL,
        SMS
    }
}
