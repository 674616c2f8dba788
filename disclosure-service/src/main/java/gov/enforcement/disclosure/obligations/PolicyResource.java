package gov.enforcement.disclosure.obligations;

import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/disclosures/policies}: matter exemptions (D-POST-EXEMPT) and agency auto-publish (D-WORKFLOW). */
@Path("/api/v1/disclosures/policies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final Pool pool;
    private final PolicyStore store;
    private final CurrentCaller caller;

    public PolicyResource(Pool pool, PolicyStore store, CurrentCaller caller) {
        this.pool = pool;
        this.store = store;
        this.caller = caller;
    }

    /** The body of a matter policy. */
    public record MatterPolicyBody(Boolean publishable, Integer deadlineDays, String reason) {
    }

    /** The body of an agency policy. */
    public record AgencyPolicyBody(Boolean autoPublish) {
    }

    @PUT
    @Path("/matters/{matter}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "D-POST-EXEMPT: a matter not publishable, or with another deadline; the reason is required"
            + " (a matter is every agency's: the platform admin sets it)")
    public Uni<MatterPolicy> putMatter(@PathParam("matter") String matter, MatterPolicyBody body) {
        if (body == null || body.publishable() == null) {
            throw Problems.invalidField("publishable", "is required");
        }
        if (body.reason() == null || body.reason().isBlank()) {
            throw Problems.ruleViolated("D-POST-EXEMPT", "reason", "an exemption or other deadline needs its reason");
        }
        if (body.deadlineDays() != null && (body.deadlineDays() < 1 || body.deadlineDays() > 365)) {
            throw Problems.invalidField("deadlineDays", "must be 1..365 working days");
        }
        MatterPolicy policy = new MatterPolicy(matter, body.publishable(), body.deadlineDays() == null && body.publishable()
                ? Integer.valueOf(20) : body.deadlineDays(), body.reason());
        return store.putMatter(pool, policy, caller.get().subject()).replaceWith(policy);
    }

    @PUT
    @Path("/agencies/{agency}")
    @RolesAllowed({Roles.ADMIN, Roles.DISCLOSURE_CLERK})
    @Operation(summary = "D-WORKFLOW: whether the agency's generated drafts are published without review")
    public Uni<AgencyPolicyBody> putAgency(@PathParam("agency") String agency, AgencyPolicyBody body) {
        Caller who = caller.get();
        if (!CreditCode.isValid(agency)) {
            throw Problems.invalidField("agency", "is not a valid unified social credit code");
        }
        who.requireWritable(agency);
        if (body == null || body.autoPublish() == null) {
            throw Problems.invalidField("autoPublish", "is required");
        }
        return store.putAgency(pool, agency, body.autoPublish(), who.subject()).replaceWith(body);
    }
}
