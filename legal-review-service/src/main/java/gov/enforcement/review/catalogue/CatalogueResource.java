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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** {@code /api/v1/review-catalogue}: the versioned major-decision catalogue (L-CATALOGUE). */
@Path("/api/v1/review-catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private final Pool pool;
    private final CatalogueStore store;
    private final CurrentCaller caller;

    public CatalogueResource(Pool pool, CatalogueStore store, CurrentCaller caller) {
        this.pool = pool;
        this.store = store;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.AUDITOR})
    @Operation(summary = "The catalogue version in force")
    public Uni<Catalogue> current() {
        return store.current(pool);
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.AUDITOR})
    @Operation(summary = "One catalogue version, in force or not")
    public Uni<Catalogue> version(@PathParam("version") int version) {
        return store.version(pool, version)
                .map(found -> found.orElseThrow(() -> Problems.notFound("catalogue version " + version)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Put a new catalogue version in force; it classifies only drafts that arrive after it")
    public Uni<Catalogue> replace(CatalogueRules rules) {
        String by = caller.get().subject();
        List<Problem.FieldError> errors = CatalogueValidation.errors(rules);
        if (!errors.isEmpty()) {
            // refused whole: the version in force stays
            return Uni.createFrom().failure(new ProblemException(422, "rule-violation", "Rule L-CATALOGUE refuses this",
                    "invalid catalogue: " + errors.get(0).field() + ": " + errors.get(0).message(), "L-CATALOGUE", errors));
        }
        return pool.withTransaction(tx -> store.add(tx, rules, by));
    }
}
