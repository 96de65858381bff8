package ma.tadamon.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}), the application runs
 * on a real PostgreSQL started in-process; Boot's own DataSource configuration then backs off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    @Bean
    EmbeddedPostgresLease embeddedPostgresLease(
            @Value("${tadamon.embedded-postgres.data-dir:data/pg}") String dataDirectory,
            @Value("${tadamon.embedded-postgres.clean:false}") boolean clean,
            @Value("${tadamon.embedded-postgres.database:tadamon}") String database) {
        return new EmbeddedPostgresLease(EmbeddedPostgresServer.acquire(Path.of(dataDirectory), clean, database));
    }

    /** Boot's usual {@code spring.datasource.hikari.*} settings apply to this pool too. */
    @Bean
    @org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgresLease lease) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(lease.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("tadamon-embedded");
        // Few connections serve more: PostgreSQL on this machine's cores does more work with about two
        // busy backends per core than with twenty (bench/sales, 2 cores, 16 clients: 4 connections gave
        // 964 sales/s and p99 66 ms, 20 connections 716/s and 140 ms). Queued requests wait their turn.
        dataSource.setMaximumPoolSize(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        return dataSource;
    }

    /** The context's hold on the shared server; destroyed after the DataSource that depends on it. */
    record EmbeddedPostgresLease(String jdbcUrl) implements DisposableBean {
        @Override
        public void destroy() {
            EmbeddedPostgresServer.release();
        }
    }
}
