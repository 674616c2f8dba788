package gov.enforcement.gateway.testsupport;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A real HTTP server standing in for one back-end service. It serves a fake OpenAPI document and health, and
 * echoes everything else as JSON: service name, method, URI, headers (lower-cased), body length, SHA-256 and
 * (when small) the body itself. Request headers steer the answer:
 * {@code X-Echo-Status} (status), {@code X-Echo-Delay-Ms} (answer late), {@code X-Echo-Set-<Name>} (set
 * response header Name), {@code X-Echo-Chunked: true} (stream the answer in chunks, no Content-Length).
 */
final class FakeService {

    private FakeService() {
    }

    /** Starts the server on a free loopback port and returns the port. */
    static int start(Vertx vertx, String name) {
        return vertx.createHttpServer()
                .requestHandler(request -> handle(vertx, name, request))
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().join()
                .actualPort();
    }

    private static void handle(Vertx vertx, String name, HttpServerRequest request) {
        if (request.path().equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(FakeDocuments.of(name).encode());
            return;
        }
        if (request.path().equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        request.body().onSuccess(body -> {
            long delay = Long.parseLong(header(request, "X-Echo-Delay-Ms", "0"));
            if (delay > 0) {
                vertx.setTimer(delay, id -> echo(vertx, name, request, body));
            } else {
                echo(vertx, name, request, body);
            }
        });
    }

    private static void echo(Vertx vertx, String name, HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        String json = new JsonObject()
                .put("service", name)
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", headers)
                .put("bodyLength", body.length())
                .put("bodySha256", sha256(body.getBytes()))
                .put("body", body.length() <= 4096 ? body.toString() : null)
                .encode();
        HttpServerResponse response = request.response()
                .setStatusCode(Integer.parseInt(header(request, "X-Echo-Status", "200")))
                .putHeader("Content-Type", "application/json");
        request.headers().forEach(h -> {
            if (h.getKey().toLowerCase(Locale.ROOT).startsWith("x-echo-set-")) {
                response.putHeader(h.getKey().substring("x-echo-set-".length()), h.getValue());
            }
        });
        if ("true".equals(request.getHeader("X-Echo-Chunked"))) {
            int third = json.length() / 3;
            response.setChunked(true).write(json.substring(0, third));
            vertx.setTimer(50, a -> {
                response.write(json.substring(third, 2 * third));
                vertx.setTimer(50, b -> response.end(json.substring(2 * third)));
            });
        } else {
            response.end(json);
        }
    }

    private static String header(HttpServerRequest request, String name, String fallback) {
        String value = request.getHeader(name);
        return value == null ? fallback : value;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
