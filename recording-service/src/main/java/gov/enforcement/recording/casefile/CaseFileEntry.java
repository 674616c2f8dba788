package gov.enforcement.recording.casefile;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a case file as a reader sees it: what was recorded, by whom and when. */
public record CaseFileEntry(UUID caseId, long version, UUID eventId, String type, OffsetDateTime recordedAt,
                           String recordedBy, JsonNode data) {
}
