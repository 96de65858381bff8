package ma.tadamon.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server per JVM, started on demand on a random free port over a data
 * directory that survives restarts (or is wiped first, for tests).
 *
 * <p>Several Spring contexts in one test JVM share the server: each acquires it and releases it on
 * close, and the last release stops it. A server left running by a JVM that was killed hard is
 * found through its {@code postmaster.pid} and stopped before starting.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Object LOCK = new Object();
    private static EmbeddedPostgres running;
    private static Path runningDirectory;
    private static int users;
    private static boolean hookRegistered;

    private EmbeddedPostgresServer() {}

    /** Starts the server if needed and returns the JDBC URL of the given database, created if absent. */
    public static String acquire(Path dataDirectory, boolean clean, String database) {
        synchronized (LOCK) {
            Path directory = dataDirectory.toAbsolutePath().normalize();
            if (running == null) {
                running = start(directory, clean);
                runningDirectory = directory;
            } else if (!runningDirectory.equals(directory)) {
                throw new IllegalStateException(
                        "An embedded PostgreSQL already runs on " + runningDirectory + ", not " + directory);
            }
            users++;
            createDatabaseIfAbsent(running, database);
            return running.getJdbcUrl("postgres", database);
        }
    }

    /** Releases one use; the last one stops the server. */
    public static void release() {
        synchronized (LOCK) {
            if (running == null || --users > 0) {
                return;
            }
            try {
                running.close();
                log.info("Embedded PostgreSQL on {} stopped", runningDirectory);
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            } finally {
                running = null;
                runningDirectory = null;
            }
        }
    }

    /**
     * At JVM exit: gives the Spring contexts (closed by their own shutdown hooks, at the same time)
     * up to 20 s to release the server, then stops it whatever they do.
     */
    private static void stopAtExit() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (LOCK) {
                if (running == null) {
                    return;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (LOCK) {
            if (running != null) {
                users = 1;
                release();
            }
        }
    }

    private static EmbeddedPostgres start(Path directory, boolean clean) {
        try {
            Files.createDirectories(directory);
            OrphanedPostmaster.stopIfOrphaned(directory);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    // Our own hook stops the server after the contexts using it have closed (see below):
                    // zonky's would race them, and a context still closing would wait out its pool's timeout.
                    .setRegisterShutdownHook(false)
                    .start();
            if (!hookRegistered) {
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(EmbeddedPostgresServer::stopAtExit, "embedded-postgres-stop"));
                hookRegistered = true;
            }
            log.info(
                    "Embedded PostgreSQL ready on port {} with data in {} ({} ms)",
                    postgres.getPort(),
                    directory,
                    (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static void createDatabaseIfAbsent(EmbeddedPostgres postgres, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Invalid database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }
}
