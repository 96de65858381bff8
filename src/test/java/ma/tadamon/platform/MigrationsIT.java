package ma.tadamon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema comes only from Flyway: on the test database (wiped at the start of the run, or the
 * external server CI provides) every migration applied successfully, in order.
 */
@IntegrationTest
class MigrationsIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationAppliedSuccessfully() {
        List<String> versions = jdbc.sql(
                        "select version from flyway_schema_history where success order by installed_rank")
                .query(String.class)
                .list();
        assertThat(versions).startsWith("1", "2", "3", "4", "5", "6");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void runsOnPostgresql15OrNewerInUtf8() {
        int version = jdbc.sql("select current_setting('server_version_num')::int")
                .query(Integer.class)
                .single();
        assertThat(version).isGreaterThanOrEqualTo(150000);
        assertThat(jdbc.sql("select pg_encoding_to_char(encoding) from pg_database where datname = current_database()")
                        .query(String.class)
                        .single())
                .isEqualTo("UTF8");
    }

    @Test
    void durableEventsAndSessionsHaveTheirTables() {
        assertThat(jdbc.sql(
                                "select count(*) from information_schema.tables where table_name in "
                                        + "('event_publication', 'event_publication_archive', 'spring_session', 'spring_session_attributes')")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void territoriesAreKeyedByOfficialCodeWithinAMapVersion() {
        assertThat(jdbc.sql("select name_fr from geo_territory where map_version = '2015' and code = '11.221'")
                        .query(String.class)
                        .single())
                .isEqualTo("Es-Semara");
        assertThat(jdbc.sql("select count(*) from geo_territory where level <> 'COUNTRY' and parent_id is null")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
