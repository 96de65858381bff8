package ma.tadamon.platform.jobs;

/** What a running job tells its watchers. */
public interface JobProgress {

    /** For work run outside a job: reports nothing. */
    JobProgress NONE = new JobProgress() {
        @Override
        public void total(int total) {}

        @Override
        public void advance(int items) {}

        @Override
        public void reached(int done) {}
    };

    void total(int total);

    /** Adds to the count of items done; cheap enough to call per item. */
    void advance(int items);

    /** Sets the count done and shows it at once: for jobs of a few long steps. */
    void reached(int done);
}
