package ma.tadamon.fairs.internal;

import java.util.List;
import ma.tadamon.platform.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the fairs module shows everyone: editions, their plans and programmes, and the stall
 * app's shell. Stall devices call the point-of-sale API with their own token, checked by the
 * API itself ({@code Authorization: Device …}), so those endpoints are open forms here.
 */
@Configuration
class FairsWebConfiguration {

    /** Stall devices authenticate with their own token: {@code Authorization: Device tdd_…}. */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer deviceTokenScheme() {
        return openApi -> openApi.getComponents()
                .addSecuritySchemes(
                        PosApi.DEVICE_TOKEN,
                        new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.APIKEY)
                                .in(io.swagger.v3.oas.models.security.SecurityScheme.In.HEADER)
                                .name("Authorization")
                                .description("A stall device's token, as `Device tdd_…`: given once when the device"
                                        + " pairs with the one-time code of its stall's QR code."));
    }

    @Bean
    PublicPaths fairsPublicPaths() {
        return new PublicPaths() {
            @Override
            public List<String> patterns() {
                return List.of(
                        "/fairs",
                        "/fairs/**",
                        "/api/v1/fairs",
                        "/api/v1/fairs/**",
                        "/pos",
                        "/pos/**",
                        "/pos-sw.js",
                        "/api/v1/pos/**");
            }

            @Override
            public List<String> openForms() {
                return List.of("/api/v1/pos/**");
            }
        };
    }
}
