package gov.enforcement.disclosure.publicapi;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;
import java.util.UUID;

/** {@code /api/v1/public/decisions}: published, redacted decisions for anyone, without a token. */
@Path("/api/v1/public/decisions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicDecisionResource {

    private final PublicDecisions decisions;

    public PublicDecisionResource(PublicDecisions decisions) {
        this.decisions = decisions;
    }

    @GET
    @NonBlocking
    @Operation(summary = "Search published decisions (kind: PENALTY, NO_PENALTY, LICENCE, INSPECTION_RESULT, OTHER), newest decision first (bounded: size ≤ 100, page ≤ 100, q 2..50"
            + " characters, from ≤ to); go on with cursor=<next of the previous answer>, which never repeats nor skips a record")
    public String search(@QueryParam("agency") String agency, @QueryParam("category") String category,
                         @QueryParam("kind") String kind, @QueryParam("q") String q, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("cursor") String cursor) {
        // the stored views are written out as they are; a search is a few index look-ups, fine on the event loop
        return decisions.search(agency, category, kind, q, from, to, page, size, cursor).json();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One published decision (current version, marked corrected), or its tombstone once withdrawn")
    public Uni<Map<String, Object>> get(@PathParam("id") UUID id) {
        return decisions.get(id);
    }
}
