package ma.tadamon.platform.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger("ma.tadamon.notifications");

    /** Without a gateway configured, notifications are written to the log, where a developer sees them. */
    @Bean
    @ConditionalOnMissingBean
    NotificationSender loggingNotificationSender() {
        return notification -> log.info(
                "{} to {}: {}\n{}",
                notification.channel(),
                notification.recipient(),
                notification.subject(),
                notification.body());
    }
}
