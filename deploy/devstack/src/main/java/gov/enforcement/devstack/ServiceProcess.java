package gov.enforcement.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A packaged Quarkus service (target/quarkus-app/quarkus-run.jar) running as a separate JVM. */
public final class ServiceProcess {

    /**
     * Four services and the tests share two cores: small heaps, serial GC, C1 only (fast start). UTF-8
     * output whatever the locale, since the logs carry Chinese case data.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8");

    /**
     * For measuring: the full JIT (C2, so intrinsics such as SHA-256 and steady-state code), a larger heap
     * and the throughput collector, as a production pod would run; the start is a few seconds slower.
     */
    public static final List<String> THROUGHPUT_JVM_OPTIONS = List.of("-Xmx768m", "-XX:+UseParallelGC",
            "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8");

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(15);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 40;

    private final String name;
    private final Path runJar;
    private final List<String> jvmOptions;
    private final Map<String, String> systemProperties;
    private final int port;
    private final int managementPort;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    public ServiceProcess(String name, Path runJar, List<String> jvmOptions, Map<String, String> systemProperties,
                          int port, int managementPort, Path logFile) {
        this.name = name;
        this.runJar = runJar.toAbsolutePath();
        this.jvmOptions = List.copyOf(jvmOptions);
        this.systemProperties = new TreeMap<>(systemProperties);
        this.port = port;
        this.managementPort = managementPort;
        this.logFile = logFile.toAbsolutePath();
    }

    /** With {@link #DEFAULT_JVM_OPTIONS}. */
    public ServiceProcess(String name, Path runJar, Map<String, String> systemProperties, int port, int managementPort,
                          Path logFile) {
        this(name, runJar, DEFAULT_JVM_OPTIONS, systemProperties, port, managementPort, logFile);
    }

    /** Launches the JVM; output (stdout and stderr) is appended to the log file. */
    public synchronized ServiceProcess start() {
        if (isAlive()) {
            return this;
        }
        if (!Files.isRegularFile(runJar)) {
            throw new IllegalStateException(name + ": " + runJar + " does not exist; build it first (./mvnw -DskipTests install)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(runJar.toString());
        try {
            Files.createDirectories(logFile.getParent());
            // a marker instead of truncating: the output of an earlier (crashed) run stays readable
            Files.writeString(logFile, startMarker() + Instant.now() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .directory(runJar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be launched", e);
        }
        return this;
    }

    /**
     * Polls /q/health/ready on the management port until it answers 200.
     *
     * @throws IllegalStateException with the log tail when the process exits or the time runs out
     */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI ready = URI.create(managementUrl() + "/q/health/ready");
        while (true) {
            Process p = current();
            if (p == null || !p.isAlive()) {
                String exit = p == null ? "was never started" : "exited with code " + p.exitValue();
                throw new IllegalStateException(name + " " + exit + "\n" + logTail(LOG_TAIL_LINES));
            }
            if (answers200(ready)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready on port " + port + " within " + timeout + "\n"
                        + logTail(LOG_TAIL_LINES));
            }
            sleep(POLL_INTERVAL);
        }
    }

    private boolean answers200(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted while waiting for readiness", e);
        }
    }

    /** Graceful: SIGTERM, up to 15 s for Quarkus to drain, then SIGKILL. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Immediate SIGKILL, as in a crash: no shutdown hooks, no draining. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Graceful stop, then a new JVM with the same settings; call {@link #awaitReady} afterwards. */
    public synchronized ServiceProcess restart() {
        stop();
        return start();
    }

    /** Completes when the current JVM of the service exits, whatever the reason. */
    public synchronized CompletableFuture<Process> onExit() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return process.onExit();
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return process.pid();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Where health and metrics are served: never the API port. */
    public int managementPort() {
        return managementPort;
    }

    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public Path logFile() {
        return logFile;
    }

    public Map<String, String> systemProperties() {
        return Map.copyOf(systemProperties);
    }

    /** The last lines of the log, for failure messages. */
    public String logTail(int lines) {
        try {
            if (!Files.exists(logFile)) {
                return "(no log at " + logFile + ")";
            }
            // lenient decoding: a crashing JVM may leave a torn multi-byte character behind
            List<String> all = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            // only the current run: the log also keeps the output of earlier ones
            int runStart = 0;
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).startsWith(startMarker())) {
                    runStart = i;
                    break;
                }
            }
            List<String> tail = all.subList(Math.max(runStart, all.size() - lines), all.size());
            return "---- last " + tail.size() + " lines of " + logFile + "\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private String startMarker() {
        return "==== " + name + " starting at ";
    }

    private synchronized Process current() {
        return process;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
