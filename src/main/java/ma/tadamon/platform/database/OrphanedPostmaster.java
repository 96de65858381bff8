package ma.tadamon.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose JVM was killed hard keeps running and holds the data directory. It is
 * recognised by the pid in {@code postmaster.pid} pointing at a live postgres process whose parent
 * is no longer a Java process; such a server is shut down (fast mode) before a new one starts. A
 * server still owned by a live JVM is left alone: starting then fails on the directory's lock.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    static void stopIfOrphaned(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (postmaster.isEmpty() || !commandOf(postmaster.get()).contains("postgres")) {
            return; // a stale pid file: PostgreSQL copes with it itself
        }
        if (!isOrphan(postmaster.get())) {
            throw new IllegalStateException("The database in " + dataDirectory
                    + " is in use by another running application (postgres pid " + pid + ")");
        }
        log.warn("Stopping an orphaned PostgreSQL (pid {}) left on {} by a killed process", pid, dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
            if (!postmaster
                    .get()
                    .onExit()
                    .toCompletableFuture()
                    .completeOnTimeout(null, 30, TimeUnit.SECONDS)
                    .thenApply(p -> !postmaster.get().isAlive())
                    .join()) {
                postmaster.get().destroyForcibly();
                postmaster.get().onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the orphaned PostgreSQL (pid " + pid + ")", e);
        }
    }

    static boolean isOrphan(ProcessHandle postmaster) {
        Optional<ProcessHandle> parent = postmaster.parent();
        return parent.isEmpty()
                || parent.get().pid() == 1
                || !commandOf(parent.get()).contains("java");
    }

    private static String commandOf(ProcessHandle process) {
        return process.info().command().orElse("");
    }
}
