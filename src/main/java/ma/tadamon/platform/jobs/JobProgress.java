package ma.tadamon.platform.jobs;

/** What a running job tells its watchers. */
public interface JobProgress {

    void total(int total);

    /** Adds to the count of items done; cheap enough to call per item. */
    void advance(int items);
}
