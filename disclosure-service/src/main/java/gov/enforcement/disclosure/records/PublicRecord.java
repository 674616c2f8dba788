package gov.enforcement.disclosure.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The published decision with the national 双公示 penalty data items, already redacted (D-REDACT). Exactly the
 * {@code record} of the DisclosurePublished and DisclosureCorrected events.
 */
public record PublicRecord(List<PublicParty> parties, String caseNumber, String documentNumber, String category,
                           String violationType, String facts, String legalBasis, String penaltyCategory,
                           String penaltyContent, BigDecimal fineAmount, BigDecimal confiscationAmount,
                           LocalDate decidedOn, String agency, String unit, LocalDate publicUntil, String status,
                           UUID issuedEventId, String proof) {

    /** The audit-log inclusion proof of the DecisionIssued event, served by recording-service. */
    public static String proofLink(UUID issuedEventId) {
        return "/api/v1/audit/proofs/inclusion?eventId=" + issuedEventId;
    }

    public PublicRecord withStatus(String newStatus) {
        return new PublicRecord(parties, caseNumber, documentNumber, category, violationType, facts, legalBasis,
                penaltyCategory, penaltyContent, fineAmount, confiscationAmount, decidedOn, agency, unit, publicUntil,
                newStatus, issuedEventId, proof);
    }
}
