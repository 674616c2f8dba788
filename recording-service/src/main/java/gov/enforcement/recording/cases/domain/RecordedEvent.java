package gov.enforcement.recording.cases.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event as stored in a case's stream, with its position. */
public record RecordedEvent(UUID caseId, long version, UUID eventId, String type, CaseEvent event,
                            OffsetDateTime recordedAt) {
}
