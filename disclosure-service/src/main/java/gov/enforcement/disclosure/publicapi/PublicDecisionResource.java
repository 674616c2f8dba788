package gov.enforcement.disclosure.publicapi;

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
    @Operation(summary = "Search published decisions (bounded: size ≤ 100, page ≤ 100, q 2..50 characters, from ≤ to)")
    public Uni<Map<String, Object>> search(@QueryParam("agency") String agency, @QueryParam("category") String category,
                                           @QueryParam("q") String q, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        return decisions.search(agency, category, q, from, to, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One published decision (current version, marked corrected), or its tombstone once withdrawn")
    public Uni<Map<String, Object>> get(@PathParam("id") UUID id) {
        return decisions.get(id);
    }
}
