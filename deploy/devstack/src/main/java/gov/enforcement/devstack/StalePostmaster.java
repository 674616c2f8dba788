package gov.enforcement.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Stops a postmaster left running on a persistent data directory by a launcher that was killed (kill -9). */
final class StalePostmaster {

    private static final long STOP_WAIT_SECONDS = 30;
    private static final String LOCK_FILE = "epg-lock";

    private StalePostmaster() {
    }

    /**
     * pg_ctl detaches PostgreSQL into its own session, so it outlives a launcher that could not run its
     * shutdown hook; the next start would then fail on the lock it still holds.
     */
    static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = find(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get().pid();
        if (launcherStillHolds(dataDirectory)) {
            throw new IllegalStateException("PostgreSQL on " + dataDirectory + " (pid " + pid
                    + ") belongs to a running launcher; stop that one first");
        }
        System.err.println("devstack: stopping PostgreSQL left running from an earlier run (pid " + pid + ")");
        try {
            // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for orphaned clients to disconnect
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.get().onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL (pid " + pid + ") on " + dataDirectory
                    + " is still running; stop it and start again", e);
        }
    }

    // zonky keeps a file lock (epg-lock) for as long as the JVM that started the server lives; the OS
    // drops it when that JVM dies, so a lock we can take means the postmaster is an orphan
    static boolean launcherStillHolds(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very JVM
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postmaster serving the data directory, from its postmaster.pid. */
    static Optional<ProcessHandle> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            // the PID may have been reused by an unrelated process since the crash
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
