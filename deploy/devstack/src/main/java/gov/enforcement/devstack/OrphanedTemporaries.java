package gov.enforcement.devstack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Removes temporary PostgreSQL servers left by test JVMs that were killed (a surefire timeout, kill -9):
 * their postmaster keeps running and their data stays in the temp folder, run after run.
 */
final class OrphanedTemporaries {

    static final String PREFIX = "epg-";

    // a folder this young may belong to a JVM still running initdb, before it takes its lock
    private static final Duration MIN_AGE = Duration.ofMinutes(10);
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private OrphanedTemporaries() {
    }

    /** Once per JVM (per class loader): stops and deletes orphaned temporary servers. */
    static void reapOnce() {
        if (DONE.getAndSet(true)) {
            return;
        }
        reapAll(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static void reapAll(Path tmp) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path dir : dirs) {
                reap(dir);
            }
        } catch (IOException | RuntimeException e) {
            // housekeeping only: never fail a start over it
        }
    }

    private static void reap(Path dir) {
        try {
            Path data = dir.resolve("data");
            boolean old = Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minus(MIN_AGE));
            // the zonky lock is held for as long as the owning JVM lives
            if (!Files.isDirectory(dir) || !old || StalePostmaster.launcherStillHolds(data)) {
                return;
            }
            StalePostmaster.stopIfRunning(data);
            Dirs.deleteRecursively(dir);
        } catch (IOException | RuntimeException e) {
            // left for a later run
        }
    }
}
