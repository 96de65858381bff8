package ma.tadamon.platform.demo;

/**
 * A module's share of the demo data, loaded at start-up in the default embedded run and never in
 * production. Loading must be idempotent: the same data loaded twice is the same data.
 */
public interface DemoData {

    /** Lower loads first; modules load after those they refer to (geo, party, identity...). */
    int order();

    void load();
}
