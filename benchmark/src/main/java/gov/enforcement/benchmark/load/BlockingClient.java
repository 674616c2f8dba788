package gov.enforcement.benchmark.load;

import gov.enforcement.benchmark.load.LoadGenerator.Answer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Single requests waited for on the calling thread, with the JDK's HTTP client: set-up steps and the polling of
 * the latency scenario, from many threads at once, need no event loop. A GET without an answer within the
 * limit is sent once more, and says so; any other failure fails the call with its method and URI.
 */
final class BlockingClient {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Duration noAnswer;

    BlockingClient(String host, int port, Duration noAnswer) {
        this.base = "http://" + host + ":" + port;
        this.noAnswer = noAnswer;
    }

    Answer call(Request request) {
        try {
            return send(request);
        } catch (HttpTimeoutException e) {
            if (request.method() != HttpMethod.GET) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " had no answer in " + noAnswer, e);
            }
            System.out.println("benchmark: GET " + request.uri() + " had no answer in " + noAnswer + "; sending it again");
            try {
                return send(request);
            } catch (Exception again) {
                throw new IllegalStateException("GET " + request.uri() + " failed twice: " + again, again);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + request.uri() + " interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        }
    }

    private Answer send(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.uri()))
                .timeout(noAnswer)
                .method(request.method().name(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body().getBytes()));
        if (request.token() != null) {
            builder.header("Authorization", "Bearer " + request.token());
        }
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
        }
        HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), Buffer.buffer(response.body()),
                response.headers().firstValue("ETag").orElse(null));
    }
}
