package ma.tadamon.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.catalog.Credential;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.Products;
import ma.tadamon.platform.web.PublicPaths;
import ma.tadamon.registry.ActorTagProvider;
import ma.tadamon.registry.ProfileSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CatalogConfiguration {

    @Bean
    PublicPaths catalogPublicPaths() {
        return () -> List.of(
                "/products",
                "/products/*/media/*",
                "/t/**",
                "/api/v1/products",
                "/api/v1/products/*",
                "/api/v1/label-types",
                "/api/v1/actors/*/credentials");
    }

    /** The directory's filter "holds the verified label X" (the actor itself or one of its products). */
    @Bean
    ActorTagProvider labelTags(Credentials credentials) {
        return new ActorTagProvider() {
            @Override
            public List<ActorTag> tags() {
                return credentials.labelTypes().stream()
                        .map(t -> new ActorTag("label:" + t.code(), t.name()))
                        .toList();
            }

            @Override
            public Set<UUID> actorsWith(String tag) {
                return tag.startsWith("label:") ? credentials.actorsHolding(tag.substring(6)) : Set.of();
            }
        };
    }

    /** On an actor's public profile: its verified labels and its active products. */
    @Bean
    ProfileSection catalogProfileSection(Products products, Credentials credentials) {
        return new ProfileSection() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public Optional<Content> of(UUID actorId) {
                List<Product> active = products.ofActor(actorId, false);
                List<Credential> labels = credentials.shownOfActor(actorId);
                if (active.isEmpty() && labels.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Content("catalog/profile-section", new ProfileData(active, labels)));
            }
        };
    }

    record ProfileData(List<Product> products, List<Credential> labels) {}

    /** Every morning, reminds managers of labels that expire within a month. */
    @Component
    static class ExpiryReminders {

        private static final Logger log = LoggerFactory.getLogger(ExpiryReminders.class);

        private final Credentials credentials;

        ExpiryReminders(Credentials credentials) {
            this.credentials = credentials;
        }

        @Scheduled(cron = "${tadamon.catalog.reminders-cron:0 30 6 * * *}", zone = "Africa/Casablanca")
        void daily() {
            int reminded = credentials.remindExpiring(LocalDate.now(java.time.ZoneId.of("Africa/Casablanca")));
            if (reminded > 0) {
                log.info("Reminded the managers of {} expiring labels", reminded);
            }
        }
    }
}
