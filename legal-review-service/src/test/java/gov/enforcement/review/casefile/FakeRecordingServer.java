package gov.enforcement.review.casefile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for recording-service's {@code GET /api/v1/cases/{id}/record}: it answers with what it received (the
 * Authorization header and the raw query), so the test sees what legal review sent; a case id starting "00000000"
 * is unknown (404), one starting "11111111" fails (500).
 */
public class FakeRecordingServer implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/cases/", FakeRecordingServer::record);
        server.start();
        return Map.of("review.recording.url", "http://localhost:" + server.getAddress().getPort());
    }

    private static void record(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String caseId = path.substring("/api/v1/cases/".length(), path.lastIndexOf('/'));
        boolean known = path.endsWith("/record") && !caseId.startsWith("00000000");
        if (caseId.startsWith("11111111")) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        String body = known
                ? "{\"caseId\":\"" + caseId + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                + "\",\"query\":\"" + exchange.getRequestURI().getRawQuery() + "\",\"events\":[]}"
                : "{\"status\":404}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", known ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(known ? 200 : 404, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
