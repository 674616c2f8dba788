package gov.enforcement.recording.cases;

import gov.enforcement.platform.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** What a decision about a step may depend on besides the stream: who, when, and the certificates. */
public record StepContext(Caller actor, OffsetDateTime now, OfficerRegistry officers, ZoneId zone) {
}
