package ma.tadamon.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run keeps its data across restarts and starts again cleanly after the application
 * was killed hard (kill -9), which leaves its PostgreSQL running without a parent.
 */
class EmbeddedPostgresRestartIT {

    @TempDir
    Path directory;

    record Child(Process process, BufferedReader out) {
        String awaitLine(String prefix) throws IOException {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("Child ended without printing " + prefix);
        }
    }

    Child start(Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresChild.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        return new Child(
                process, new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
    }

    @Test
    void restartsCleanlyAfterTheApplicationWasKilledHard() throws Exception {
        Path data = directory.resolve("pg");
        Child first = start(data);
        assertThat(first.awaitLine("READY")).isEqualTo("READY 1");
        long postmaster = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());

        first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                .as("PostgreSQL is orphaned")
                .hasValue(true);

        Child second = start(data);
        try {
            assertThat(second.awaitLine("READY"))
                    .as("data survived, server restarted")
                    .isEqualTo("READY 2");
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .as("orphan stopped")
                    .isFalse();
        } finally {
            second.process().getOutputStream().write("stop\n".getBytes(StandardCharsets.UTF_8));
            second.process().getOutputStream().flush();
            second.awaitLine("STOPPED");
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }
}
