package gov.enforcement.gateway.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts one {@link FakeService} per back-end service on random loopback ports and points the gateway's
 * {@code gateway.services.*} and {@code gateway.management.*} at them. The init argument {@value #DOWN} names a service to leave unstarted:
 * its URL then points at a port nobody listens on.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    public static final String DOWN = "down";
    static final List<String> SERVICES = List.of("recording", "legal-review", "disclosure");

    private String down = "";
    private Vertx vertx;

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault(DOWN, "");
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            int port = service.equals(down) ? unusedPort() : FakeService.start(vertx, service);
            config.put("gateway.services." + service, "http://127.0.0.1:" + port);
            // a fake serves its health on the same port; a real service serves it on its management port
            config.put("gateway.management." + service, "http://127.0.0.1:" + port);
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
