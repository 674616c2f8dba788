package gov.enforcement.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Pid files of the service JVMs, so that services orphaned by a launcher killed with kill -9 (which runs
 * no shutdown hook) are stopped by the next start instead of holding its ports.
 */
final class StaleServices {

    private static final String SUFFIX = ".pid";

    private final Path dir;

    StaleServices(Path dir) {
        this.dir = dir;
    }

    void record(ServiceProcess service) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(service.name() + SUFFIX), Long.toString(service.pid()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forget(ServiceProcess service) {
        try {
            Files.deleteIfExists(dir.resolve(service.name() + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops (SIGTERM, then SIGKILL after 15 s) every recorded service JVM that still runs. */
    void stopLeftovers() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                leftover(file).ifPresent(process -> {
                    String service = file.getFileName().toString().replace(SUFFIX, "");
                    DevStack.log("stopping " + service + " left running by an earlier run (pid " + process.pid() + ")");
                    process.destroy();
                    try {
                        process.onExit().get(15, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        process.destroyForcibly();
                    }
                });
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<ProcessHandle> leftover(Path pidFile) throws IOException {
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
            // the pid may have been reused since: only a JVM running a packaged Quarkus service qualifies
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().arguments().map(args -> String.join(" ", args).contains("quarkus-run.jar"))
                            .orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
