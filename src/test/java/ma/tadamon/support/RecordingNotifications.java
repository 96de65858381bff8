package ma.tadamon.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.platform.notify.Notification;
import ma.tadamon.platform.notify.NotificationSender;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Keeps every notification sent, so tests can read the links people would receive. */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingNotifications {

    @Bean
    @Primary
    Recorder recordingNotificationSender() {
        return new Recorder();
    }

    public static class Recorder implements NotificationSender {
        private final List<Notification> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(Notification notification) {
            sent.add(notification);
        }

        public List<Notification> to(String recipient) {
            return sent.stream().filter(n -> n.recipient().equals(recipient)).toList();
        }

        /** The token of the last password link sent to this person. */
        public String lastToken(String recipient) {
            List<Notification> mine = to(recipient);
            if (mine.isEmpty()) {
                throw new AssertionError("No notification was sent to " + recipient);
            }
            Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)")
                    .matcher(mine.get(mine.size() - 1).body());
            if (!matcher.find()) {
                throw new AssertionError(
                        "No link in " + mine.get(mine.size() - 1).body());
            }
            return matcher.group(1);
        }
    }
}
