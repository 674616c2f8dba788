package gov.enforcement.recording.audit.access;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/audit/access}: who read which case, when and why (R-ACCESS), for auditors. The list holds
 * no case data, so reading it is not itself an access record.
 */
@Path("/api/v1/audit/access")
@Produces(MediaType.APPLICATION_JSON)
public class AccessRecordsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final AccessRecords records;

    public AccessRecordsResource(AccessRecords records) {
        this.records = records;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Access records (R-ACCESS), oldest first: filter by caseId, actor (the reader's subject), agency"
            + " (the reader's), from/to (ISO-8601 times, to exclusive); limit (1 to 500, default 100) and after (the"
            + " previous page's next). Each has its leaf bytes, leafIndex and leafHash; /audit/proofs/inclusion?eventId="
            + "<accessId> proves it in a checkpoint")
    public Uni<AccessRecords.Page> list(@QueryParam("caseId") String caseId, @QueryParam("actor") String actor,
                                        @QueryParam("agency") String agency, @QueryParam("from") String from,
                                        @QueryParam("to") String to, @QueryParam("after") String after,
                                        @QueryParam("limit") String limit) {
        OffsetDateTime since = time("from", from);
        OffsetDateTime until = time("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw Problems.invalidField("to", "must be after from");
        }
        return records.page(new AccessRecords.Query(uuid("caseId", caseId), text("actor", actor), text("agency", agency),
                since, until, uuid("after", after), limit(limit)));
    }

    private static UUID uuid(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            throw Problems.invalidField(field, "is not a UUID");
        }
        return UUID.fromString(value);
    }

    private static String text(String field, String value) {
        if (value != null && (value.isBlank() || value.length() > 200)) {
            throw Problems.invalidField(field, "must be 1 to 200 characters");
        }
        return value;
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(field, "must be an ISO-8601 time with offset, e.g. 2026-11-21T08:00:00Z");
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalidField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
