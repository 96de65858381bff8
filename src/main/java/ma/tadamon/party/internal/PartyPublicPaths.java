package ma.tadamon.party.internal;

import java.util.List;
import ma.tadamon.platform.web.PublicPaths;
import org.springframework.stereotype.Component;

@Component
class PartyPublicPaths implements PublicPaths {
    @Override
    public List<String> patterns() {
        return List.of("/api/v1/parties", "/api/v1/parties/**");
    }
}
