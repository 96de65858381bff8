package ma.tadamon.platform.demo;

/**
 * A module's part of the deterministic synthetic generator: the same seed and scale always give
 * the same rows, whatever else was generated, so benchmarks and tests can be reproduced.
 */
public interface SyntheticDataset {

    /** Lower generates first; a dataset may use what earlier ones made. */
    int order();

    /** A stable name; the dataset's random stream is derived from it and the seed. */
    String name();

    /** Writes the dataset's rows, marked as synthetic; must tolerate being run twice. */
    void generate(SyntheticContext context);
}
