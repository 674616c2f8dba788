package gov.enforcement.disclosure.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A case as disclosure knows it from the case events; nothing here is public by itself. */
public record DisclosureCase(UUID caseId, String agency, String caseNumber, String category,
                             OffsetDateTime registeredAt, long caseVersion) {
}
