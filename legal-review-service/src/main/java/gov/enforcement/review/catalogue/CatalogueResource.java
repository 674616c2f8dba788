package gov.enforcement.review.catalogue;

import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** {@code /api/v1/review-catalogue}: the versioned major-decision catalogue (L-CATALOGUE). */
@Path("/api/v1/review-catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private final Pool pool;
    private final CatalogueStore store;
    private final CatalogueChanges changes;
    private final CurrentCaller caller;

    public CatalogueResource(Pool pool, CatalogueStore store, CatalogueChanges changes, CurrentCaller caller) {
        this.pool = pool;
        this.store = store;
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ADMIN, Roles.REVIEWER, Roles.AUDITOR})
    @Operation(summary = "The catalogue version in force; its ETag is what a change sends in If-Match")
    public Uni<RestResponse<Catalogue>> current() {
        return store.current(pool).map(CatalogueResource::tagged);
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ADMIN, Roles.REVIEWER, Roles.AUDITOR})
    @Operation(summary = "One catalogue version, in force or not")
    public Uni<Catalogue> version(@PathParam("version") int version) {
        return store.version(pool, version)
                .map(found -> found.orElseThrow(() -> Problems.notFound("catalogue version " + version)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Put a new catalogue version in force (If-Match: the version in force; 428 without, 412 when"
            + " stale); it classifies only drafts that arrive after it")
    @APIResponse(responseCode = "200", description = "The new version, in force")
    @APIResponse(responseCode = "412", description = "If-Match names a version no longer in force (currentVersion"
            + " says which is)")
    @APIResponse(responseCode = "422", description = "Rule L-CATALOGUE refuses the catalogue; errors names each field")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Catalogue>> replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CatalogueRules rules) {
        String by = caller.get().subject();
        List<Problem.FieldError> errors = CatalogueValidation.errors(rules);
        if (!errors.isEmpty()) {
            // refused whole: the version in force stays
            return Uni.createFrom().failure(new ProblemException(422, "rule-violation", "Rule L-CATALOGUE refuses this",
                    "invalid catalogue: " + errors.get(0).field() + ": " + errors.get(0).message(), "L-CATALOGUE", errors));
        }
        int basedOn = CatalogueVersionTag.required(ifMatch);
        return pool.withTransaction(tx -> store.add(tx, rules, by, basedOn).chain(added -> added.isPresent()
                        ? store.version(tx, basedOn).map(before -> new Change(before.orElse(null), added.get()))
                        : store.current(tx).onItem().transformToUni(inForce ->
                                Uni.createFrom().<Change>failure(CatalogueVersionTag.stale(basedOn, inForce.version())))))
                // counted and logged once committed, never for a change that was rolled back
                .invoke(change -> changes.changed(change.before(), change.after()))
                .map(change -> tagged(change.after()));
    }

    /** A version put in force and the one it replaced. */
    private record Change(Catalogue before, Catalogue after) {
    }

    private static RestResponse<Catalogue> tagged(Catalogue catalogue) {
        return RestResponse.ResponseBuilder.ok(catalogue).header(HttpHeaders.ETAG, catalogue.etag()).build();
    }
}
