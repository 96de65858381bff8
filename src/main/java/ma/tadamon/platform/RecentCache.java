package ma.tadamon.platform;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What a key (e.g. a token's hash) was recently found to stand for, kept for a short while so that
 * a call made many times a second (a till's, a stall device's) reads the database once per
 * interval. Bounded: when full, it starts again empty.
 */
public final class RecentCache<V> {

    private record Entry<V>(V value, long until) {}

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int capacity;

    public RecentCache(Duration ttl, int capacity) {
        this.ttlNanos = ttl.toNanos();
        this.capacity = capacity;
    }

    public Optional<V> get(String key) {
        Entry<V> entry = entries.get(key);
        return entry != null && entry.until() - System.nanoTime() > 0 ? Optional.of(entry.value()) : Optional.empty();
    }

    public void put(String key, V value) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, System.nanoTime() + ttlNanos));
    }

    public void remove(String key) {
        entries.remove(key);
    }

    public void clear() {
        entries.clear();
    }

    /** Forgets at once what no longer holds (e.g. everything of a revoked device). */
    public void removeIf(Predicate<V> gone) {
        entries.values().removeIf(entry -> gone.test(entry.value()));
    }
}
