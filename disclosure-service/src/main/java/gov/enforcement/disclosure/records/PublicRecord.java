package gov.enforcement.disclosure.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The published decision with the national 双公示 data items, already redacted (D-REDACT). Exactly the
 * {@code record} of the DisclosurePublished and DisclosureCorrected events. {@code kind} says what it is
 * (P-OUTCOME): the penalty items are null for a no-penalty decision, a licence or an inspection result, which carry
 * {@code noPenaltyGround}, {@code licence} or {@code inspection} instead; {@code penaltyCredit} says whether it is
 * kept as penalty credit information (D-PERIOD); {@code replaces} names the withdrawn decision it was made again
 * for (P-REDECIDE).
 */
public record PublicRecord(List<PublicParty> parties, String caseNumber, String documentNumber, String category,
                           String violationType, String facts, String legalBasis, String penaltyCategory,
                           String penaltyContent, BigDecimal fineAmount, BigDecimal confiscationAmount,
                           LocalDate decidedOn, String agency, String unit, LocalDate publicUntil, String status,
                           UUID issuedEventId, String proof, DecisionKind kind, String noPenaltyGround,
                           boolean penaltyCredit, Licence licence, Inspection inspection, Replaces replaces) {

    /** 行政许可 data items (C-ITEMS): the licence's number, kind and validity; the reasons of a refusal. */
    public record Licence(boolean granted, String number, String kind, LocalDate validFrom, LocalDate validTo,
                          String reasons) {
    }

    /** A published inspection result (P-INSPECT): subject, items, result and findings, redacted. */
    public record Inspection(String subject, List<String> items, String result, String findings, UUID randomDrawId) {
    }

    /** The earlier, withdrawn disclosure of the same case that this decision replaces (P-REDECIDE). */
    public record Replaces(UUID disclosureId, String documentNumber) {
    }

    /** The audit-log inclusion proof of the deciding event, served by recording-service. */
    public static String proofLink(UUID issuedEventId) {
        return "/api/v1/audit/proofs/inclusion?eventId=" + issuedEventId;
    }

    public PublicRecord withStatus(String newStatus) {
        return new PublicRecord(parties, caseNumber, documentNumber, category, violationType, facts, legalBasis,
                penaltyCategory, penaltyContent, fineAmount, confiscationAmount, decidedOn, agency, unit, publicUntil,
                newStatus, issuedEventId, proof, kind, noPenaltyGround, penaltyCredit, licence, inspection, replaces);
    }

    /** D-CORRECT of a licence renewed or changed (P-LICENSE): its new validity, public while it is valid. */
    public PublicRecord withLicence(Licence newLicence, LocalDate newPublicUntil) {
        return new PublicRecord(parties, caseNumber, documentNumber, category, violationType, facts, legalBasis,
                penaltyCategory, penaltyContent, fineAmount, confiscationAmount, decidedOn, agency, unit, newPublicUntil,
                status, issuedEventId, proof, kind, noPenaltyGround, penaltyCredit, newLicence, inspection, replaces);
    }

    /** The clerk's corrected texts and amounts (D-CORRECT); what it is stays. */
    public PublicRecord withItems(String newDocumentNumber, String newFacts, String newLegalBasis,
                                  String newPenaltyCategory, String newPenaltyContent, BigDecimal newFine,
                                  BigDecimal newConfiscation) {
        return new PublicRecord(parties, caseNumber, newDocumentNumber, category, violationType, newFacts, newLegalBasis,
                newPenaltyCategory, newPenaltyContent, newFine, newConfiscation, decidedOn, agency, unit, publicUntil,
                status, issuedEventId, proof, kind, noPenaltyGround, penaltyCredit, licence, inspection, replaces);
    }
}
