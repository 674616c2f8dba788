package gov.enforcement.review.casefile;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * Reads a case file from recording-service with the reviewer's own token and the purpose "legal review", so that
 * recording logs the access against the reviewer (services never read each other's tables).
 */
@ApplicationScoped
public class RecordingClient {

    static final String PURPOSE = "legal review";

    /** recording-service's answer, passed on as it came. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RecordingClient(@ConfigProperty(name = "review.recording.url", defaultValue = "http://localhost:8081") String url) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
    }

    public Uni<Answer> caseRecord(UUID caseId, String bearerToken) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/v1/cases/" + caseId + "/record?purpose="
                        + URLEncoder.encode(PURPOSE, StandardCharsets.UTF_8).replace("+", "%20")))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20))
                .GET().build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()))
                .map(response -> new Answer(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse("application/json"), response.body()));
    }
}
