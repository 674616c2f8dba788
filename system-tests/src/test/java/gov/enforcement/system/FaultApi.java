package gov.enforcement.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.events.CloudEventCodec;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small JSON client for the gateway that never throws on a status: faults make failures ordinary. */
final class FaultApi {

    static final ObjectMapper JSON = CloudEventCodec.mapper();
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    /** One answer; {@code status} 0 means no answer at all (refused connection, reset, timeout). */
    record Answer(int status, JsonNode body, String error) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Worth retrying: nobody answered, or the gateway or a service was away. */
        boolean transientFailure() {
            return status == 0 || status == 500 || status == 502 || status == 503 || status == 504;
        }

        String rule() {
            return body == null ? null : body.path("rule").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + (error != null ? error : body);
        }
    }

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();

    FaultApi(String gateway) {
        this.gateway = gateway;
    }

    String token(String sub, String role, String agency, String cert) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", sub, "groups", List.of(role), "agency", agency));
        if (cert != null) {
            claims.put("cert", cert);
        }
        Answer answer = send("POST", "/dev/tokens", null, claims, Map.of());
        if (!answer.ok()) {
            throw new IllegalStateException("no dev token for " + sub + ": " + answer);
        }
        return answer.body().path("token").asText();
    }

    Answer get(String token, String path) {
        return send("GET", path, token, null, Map.of());
    }

    Answer post(String token, String path, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    Answer put(String token, String path, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    Answer post(String token, String path, Object body, Map<String, String> headers) {
        return send("POST", path, token, body, headers);
    }

    private Answer send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(REQUEST_TIMEOUT)
                    .header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = null;
            if (response.body().length > 0) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException e) {
                    json = JSON.getNodeFactory().textNode(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return new Answer(response.statusCode(), json, null);
        } catch (IOException e) {
            return new Answer(0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, "interrupted");
        }
    }
}
