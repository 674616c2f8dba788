package gov.enforcement.disclosure.records;

import java.math.BigDecimal;
import java.util.List;

/** D-CORRECT: what a clerk corrects in a published record (absent fields stay), and why. */
public record Correction(String reason, String documentNumber, String facts, String legalBasis, String penaltyCategory,
                         String penaltyContent, BigDecimal fineAmount, BigDecimal confiscationAmount) {

    /** The corrected record; the clerk's text is redacted like the generated one (D-REDACT). */
    public PublicRecord applyTo(PublicRecord r, RecordBuilder builder, List<String> personNames) {
        Redactor x = builder.redactor();
        return new PublicRecord(r.parties(), r.caseNumber(),
                documentNumber == null ? r.documentNumber() : x.text(documentNumber, personNames),
                r.category(), r.violationType(),
                facts == null ? r.facts() : x.text(facts, personNames),
                legalBasis == null ? r.legalBasis() : x.text(legalBasis, personNames),
                penaltyCategory == null ? r.penaltyCategory() : x.text(penaltyCategory, personNames),
                penaltyContent == null ? r.penaltyContent() : x.text(penaltyContent, personNames),
                fineAmount == null ? r.fineAmount() : fineAmount,
                confiscationAmount == null ? r.confiscationAmount() : confiscationAmount,
                r.decidedOn(), r.agency(), r.unit(), r.publicUntil(), r.status(), r.issuedEventId(), r.proof());
    }
}
