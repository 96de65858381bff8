package ma.tadamon.web.internal;

import java.util.List;
import ma.tadamon.platform.web.PublicPaths;
import org.springframework.stereotype.Component;

@Component
class WebPublicPaths implements PublicPaths {
    @Override
    public List<String> patterns() {
        return List.of(
                "/",
                "/error",
                "/css/**",
                "/js/**",
                "/img/**",
                "/webjars/**",
                "/favicon.ico",
                "/favicon.svg",
                "/robots.txt");
    }
}
