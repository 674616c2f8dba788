package gov.enforcement.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for requests that RestAssured would tidy up: raw paths (no re-encoding), raw bytes,
 * any Content-Type and odd header values go to the gateway exactly as written.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** An answer: status, the headers (lower-case names, first value) and the body as text. */
    record Answer(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType() + "): " + abbreviate(body), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + abbreviate(body);
        }
    }

    /** Sends {@code method rawPath} to the gateway; a null token sends no Authorization header. */
    static Answer send(String gateway, String method, String rawPath, String token, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + rawPath)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response;
            try {
                response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException stale) {
                // the gateway closes a connection after refusing an oversized request line; a pooled one may be dead
                response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            }
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> answerHeaders.put(name.toLowerCase(), values.get(0)));
            return new Answer(response.statusCode(), answerHeaders, new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviate(rawPath), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer json(String gateway, String method, String rawPath, String token, Object body) {
        return send(gateway, method, rawPath, token, Map.of("Content-Type", "application/json"), bytes(body));
    }

    static Answer get(String gateway, String rawPath, String token) {
        return send(gateway, "GET", rawPath, token, Map.of(), null);
    }

    static byte[] bytes(Object body) {
        try {
            return body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }
}
