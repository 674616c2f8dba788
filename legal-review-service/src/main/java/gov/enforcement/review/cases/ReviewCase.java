package gov.enforcement.review.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A case as legal review knows it from the case events. */
public record ReviewCase(UUID caseId, String agency, String caseNumber, String category, String matter,
                         OffsetDateTime registeredAt, long caseVersion) {
}
