package ma.tadamon.platform.demo;

/**
 * A synthetic dataset was written in bulk, past the services and their events: whatever is derived
 * from events (the observatory's rollups) must be rebuilt from the records.
 */
public record SyntheticDataGenerated(long seed, int scale) {}
