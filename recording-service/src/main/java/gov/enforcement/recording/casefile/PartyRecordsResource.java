package gov.enforcement.recording.casefile;

import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.identity.ResidentIdNumber;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** {@code /api/v1/parties/{id}/records}: R-LINK, one party's records across cases; each case read is recorded. */
@Path("/api/v1/parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartyRecordsResource {

    private final CaseFileReader reader;
    private final CurrentCaller caller;

    public PartyRecordsResource(CaseFileReader reader, CurrentCaller caller) {
        this.reader = reader;
        this.caller = caller;
    }

    @GET
    @Path("/{partyId}/records")
    @RolesAllowed({Roles.OFFICER, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "R-LINK: every record of one party (resident ID number or credit code) across cases")
    public Uni<List<CaseFileEntry>> partyRecords(@PathParam("partyId") String partyId,
                                                 @QueryParam("purpose") String purpose) {
        String id = partyId == null ? "" : partyId.toUpperCase();
        if (!ResidentIdNumber.isValid(id) && !CreditCode.isValid(id)) {
            throw Problems.invalidField("partyId", "must be a valid resident ID number or unified social credit code");
        }
        return reader.partyRecords(id, caller.get(), purpose);
    }
}
