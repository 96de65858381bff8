package ma.tadamon.fairs.internal;

import java.util.List;
import ma.tadamon.platform.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Anyone may register for a programme session without an account (CSRF still applies: the token
 * comes with the form). Reading the programme and verifying certificates is open by the fairs'
 * own public paths ({@code /fairs/**}).
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeWebConfiguration {

    @Bean
    PublicPaths programmePublicPaths() {
        return new PublicPaths() {
            @Override
            public List<String> patterns() {
                return List.of("/fairs/*/programme", "/fairs/*/programme/**", "/fairs/certificates/*");
            }

            @Override
            public List<String> openForms() {
                return List.of("/fairs/*/programme/**");
            }
        };
    }
}
