package ma.tadamon.observatory;

import java.time.Duration;
import java.util.List;
import ma.tadamon.platform.RecentCache;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.ValueChain;
import org.springframework.stereotype.Component;

/**
 * The registry's value chains and their sectors, read at most once a minute: every indicator
 * question labels, orders or filters by them, and the taxonomy changes rarely.
 */
@Component
class ValueChains {

    private final Actors actors;
    private final RecentCache<List<ValueChain>> cache = new RecentCache<>(Duration.ofMinutes(1), 1);

    ValueChains(Actors actors) {
        this.actors = actors;
    }

    List<ValueChain> all() {
        return cache.get("all").orElseGet(() -> {
            List<ValueChain> chains = List.copyOf(actors.valueChains());
            cache.put("all", chains);
            return chains;
        });
    }
}
