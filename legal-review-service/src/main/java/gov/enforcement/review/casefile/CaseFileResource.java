package gov.enforcement.review.casefile;

import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import gov.enforcement.review.reviews.ReviewStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** {@code GET /api/v1/reviews/{id}/case-file}: the reviewer opens the case's full record from the review. */
@Path("/api/v1/reviews/{id}/case-file")
public class CaseFileResource {

    private final Pool pool;
    private final ReviewStore reviews;
    private final RecordingClient recording;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    public CaseFileResource(Pool pool, ReviewStore reviews, RecordingClient recording, CurrentCaller caller,
                            JsonWebToken token) {
        this.pool = pool;
        this.reviews = reviews;
        this.recording = recording;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "The case file from recording-service, read with the reviewer's token for purpose \"legal review\"")
    public Uni<Response> caseFile(@PathParam("id") UUID id) {
        Caller reviewer = caller.get();
        String bearer = token.getRawToken();
        return reviews.find(pool, id).chain(found -> {
            var review = found.orElseThrow(() -> Problems.notFound("review " + id));
            reviewer.requireAgency(review.agency());
            return recording.caseRecord(review.caseId(), bearer)
                    .onFailure().transform(e -> upstream("recording-service cannot be reached: " + e.getMessage()))
                    .map(answer -> switch (answer.status()) {
                        case 200 -> Response.ok(answer.body(), answer.contentType()).build();
                        case 404 -> throw Problems.notFound("the case file of case " + review.caseId() + " in recording-service");
                        case 401, 403 -> throw Problems.forbidden("recording-service refused the case file (" + answer.status() + ")");
                        default -> throw upstream("recording-service answered " + answer.status());
                    });
        });
    }

    private static ProblemException upstream(String detail) {
        return new ProblemException(502, "upstream-unavailable", "Upstream service unavailable", detail, null, null);
    }
}
