package gov.enforcement.recording.audit.access;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * R-ACCESS: one consultation of a case's records: who (actor, agency, roles), when, what and why.
 * Times are kept to the microsecond, as PostgreSQL stores them, so the leaf is the same before and after.
 */
public record AccessRecord(UUID accessId, UUID caseId, String actor, String agency, Set<String> roles,
                           String purpose, String what, OffsetDateTime at) {

    /** The purpose recorded for a read whose caller stated none, where stating one is not (yet) required. */
    public static final String UNSTATED = "(not stated)";
    private static final int MAX_PURPOSE = 200;

    public AccessRecord {
        Objects.requireNonNull(accessId, "accessId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(what, "what");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        at = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The caller consults {@code what} of a case now, for {@code purpose}. */
    public static AccessRecord of(Caller caller, UUID caseId, String purpose, String what) {
        return new AccessRecord(UUID.randomUUID(), caseId, caller.subject(), caller.agency(), caller.roles(), purpose,
                what, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The roles sorted and comma-separated, as stored and as hashed. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }

    /** R-ACCESS: the stated purpose, stripped, or {@link #UNSTATED} when the caller gave none; 422 when blank or too long. */
    public static String purposeOrUnstated(String purpose) {
        if (purpose == null) {
            return UNSTATED;
        }
        if (purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
            throw Problems.ruleViolated("R-ACCESS", "purpose", "a stated purpose has 1 to " + MAX_PURPOSE + " characters");
        }
        return purpose.strip();
    }
}
