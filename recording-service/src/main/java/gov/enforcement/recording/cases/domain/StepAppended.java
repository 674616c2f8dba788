package gov.enforcement.recording.cases.domain;

import java.util.UUID;

/** The answer to an appended step. */
public record StepAppended(UUID caseId, long version, UUID eventId, String type, CaseStatus status) {
}
