package gov.enforcement.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceProcessTest {

    @TempDir
    Path tmp;

    private Path runJar;
    private final List<ServiceProcess> launched = new ArrayList<>();

    @BeforeEach
    void packageTheFakeService() throws Exception {
        // a manifest-only jar whose class path is the compiled test classes: "java -jar" as for quarkus-run.jar
        runJar = tmp.resolve("quarkus-run.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                FakeService.class.getProtectionDomain().getCodeSource().getLocation().toString());
        try (OutputStream out = Files.newOutputStream(runJar); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }

    @AfterEach
    void killLeftovers() {
        launched.forEach(ServiceProcess::kill);
    }

    @Test
    void startsWithItsSystemPropertiesAndStopsGracefully() throws Exception {
        ServiceProcess service = launch(Map.of("fake.greeting", "hello-world", "fake.ready-after-ms", "700"));
        service.awaitReady(Duration.ofSeconds(30));
        assertTrue(log(service).contains("greeting=hello-world"));
        service.stop();
        assertFalse(service.isAlive());
        assertTrue(log(service).contains("graceful stop"), "SIGTERM lets the JVM run its shutdown hooks");
    }

    @Test
    void killIsImmediateAndRestartBringsANewJvm() throws Exception {
        ServiceProcess service = launch(Map.of());
        service.awaitReady(Duration.ofSeconds(30));
        long firstPid = service.pid();
        service.kill();
        assertFalse(service.isAlive());
        assertFalse(log(service).contains("graceful stop"), "kill -9 runs no shutdown hook");

        service.restart().awaitReady(Duration.ofSeconds(30));
        assertNotEquals(firstPid, service.pid());
        assertTrue(log(service).split("==== fake starting").length == 3, "each start is marked in the one log");
        assertTrue(service.logTail(100).split("==== fake starting").length == 2, "the tail shows the current run only");
    }

    @Test
    void aServiceThatExitsFailsFastWithItsLogTail() throws Exception {
        ServiceProcess service = launch(Map.of("fake.fail", "true"));
        long started = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> service.awaitReady(Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("boom: cannot start"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 20, "did not wait for the timeout");
    }

    @Test
    void aServiceThatNeverGetsReadyTimesOut() throws Exception {
        ServiceProcess service = launch(Map.of("fake.ready-after-ms", "600000"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> service.awaitReady(Duration.ofSeconds(3)));
        assertTrue(e.getMessage().contains("was not ready"), e.getMessage());
        assertTrue(e.getMessage().contains("fake started"), e.getMessage());
    }

    private ServiceProcess launch(Map<String, String> extra) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> props = new java.util.HashMap<>(extra);
        props.put("quarkus.http.port", Integer.toString(port));
        ServiceProcess service = new ServiceProcess("fake", runJar, List.of("-Xmx64m", "-XX:TieredStopAtLevel=1"),
                props, port, port, tmp.resolve("logs/fake.log"));
        launched.add(service);
        return service.start();
    }

    private static String log(ServiceProcess service) throws IOException {
        return Files.readString(service.logFile());
    }
}
