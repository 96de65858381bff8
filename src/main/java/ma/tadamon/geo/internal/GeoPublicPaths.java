package ma.tadamon.geo.internal;

import java.util.List;
import ma.tadamon.platform.web.PublicPaths;
import org.springframework.stereotype.Component;

@Component
class GeoPublicPaths implements PublicPaths {
    @Override
    public List<String> patterns() {
        return List.of("/territories", "/territories/**", "/api/v1/territories", "/api/v1/territories/**");
    }
}
