package gov.enforcement.disclosure.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a disclosure is built from: the case as registered and the deciding event — an issued draft, an on-the-spot
 * decision, a licensing decision or a concluded inspection — raw, never public as such. {@code issuedEventId} is the
 * deciding event, whose audit-log proof the record links.
 */
public record CaseFacts(UUID caseId, String agency, String caseNumber, String category, String matter, String unit,
                        List<Party> parties, Draft draft, String documentNumber, LocalDate decidedOn,
                        UUID issuedEventId, DecisionKind kind, PublicRecord.Licence licence,
                        PublicRecord.Inspection inspection) {

    /** An issued decision: its kind follows from the draft's outcome and the case's category. */
    public CaseFacts(UUID caseId, String agency, String caseNumber, String category, String matter, String unit,
                     List<Party> parties, Draft draft, String documentNumber, LocalDate decidedOn, UUID issuedEventId) {
        this(caseId, agency, caseNumber, category, matter, unit, parties, draft, documentNumber, decidedOn, issuedEventId,
                DecisionKind.ofIssued(category, draft), null, null);
    }

    public List<String> personNames() {
        return parties.stream().map(Party::personName).filter(java.util.Objects::nonNull).toList();
    }
}
