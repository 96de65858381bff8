package ma.tadamon.platform.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Runs every module's synthetic dataset in order for one seed and scale. */
@Service
public class SyntheticGenerator {

    private static final Logger log = LoggerFactory.getLogger(SyntheticGenerator.class);
    private final List<SyntheticDataset> datasets;
    private final JdbcClient jdbc;

    SyntheticGenerator(List<SyntheticDataset> datasets, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.datasets = datasets.stream()
                .sorted(Comparator.comparingInt(SyntheticDataset::order))
                .toList();
    }

    public void generate(long seed, int scale) {
        SyntheticContext context = new SyntheticContext(seed, scale);
        for (SyntheticDataset dataset : datasets) {
            long started = System.nanoTime();
            dataset.generate(context);
            log.info(
                    "Synthetic dataset {} (seed {}, scale {}) in {} ms",
                    dataset.name(),
                    seed,
                    scale,
                    (System.nanoTime() - started) / 1_000_000);
        }
        // Bulk loads leave the planner's statistics stale until autovacuum comes by: refresh them now, so
        // the first queries on the new data get the plans they will have later. (The visibility map may
        // stay partly unset if an auto-analyze holds an older snapshot meanwhile; autovacuum sets it soon
        // after, and bench/registry/run.sh vacuums once more before measuring.)
        jdbc.sql("vacuum (analyze)").update();
    }
}
