package ma.tadamon.observatory;

import java.util.List;
import ma.tadamon.platform.jobs.JobProgress;
import ma.tadamon.platform.web.PublicPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** What the observatory shows everyone, and its first rebuild. */
@Configuration
class ObservatoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ObservatoryConfiguration.class);

    static final String REBUILD_JOB = "observatory-rebuild";

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ObservatoryConfiguration(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    PublicPaths observatoryPublicPaths() {
        return new PublicPaths() {
            @Override
            public List<String> patterns() {
                return List.of("/observatory", "/observatory/**", "/api/v1/indicators", "/api/v1/indicators/**");
            }

            /** Anyone may have a yearly report generated (one per territory, year and language an hour). */
            @Override
            public List<String> openForms() {
                return List.of("/observatory/reports");
            }
        };
    }

    /** Bulk-loaded records announced no event: the next start (or this one, if it goes on) rebuilds. */
    @EventListener
    void bulkLoaded(ma.tadamon.platform.demo.SyntheticDataGenerated event) {
        jdbc.sql("delete from obs_state where key = 'rebuilt'").update();
    }

    /**
     * A database whose rollups were never built (a new installation, or one upgraded to a version
     * with the observatory) gets them before the application takes traffic.
     */
    @EventListener(ApplicationReadyEvent.class)
    void firstRebuild(ApplicationReadyEvent event) {
        Rollups rollups = event.getApplicationContext().getBean(Rollups.class);
        if (rollups.changed("rebuilt").isEmpty()) {
            long started = System.nanoTime();
            rollups.rebuild(JobProgress.NONE);
            log.info("Observatory rollups built in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }
}
