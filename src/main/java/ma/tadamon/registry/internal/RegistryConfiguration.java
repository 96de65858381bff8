package ma.tadamon.registry.internal;

import java.util.List;
import ma.tadamon.platform.web.PublicPaths;
import ma.tadamon.registry.CreationRules;
import ma.tadamon.registry.LeadershipRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LeadershipRules.class, CreationRules.class})
class RegistryConfiguration {

    @Bean
    PublicPaths registryPublicPaths() {
        return () -> List.of(
                "/directory",
                "/directory/**",
                "/actors/*",
                "/actors/*/media/*",
                "/api/v1/actors",
                "/api/v1/actors/*",
                "/api/v1/value-chains");
    }
}
