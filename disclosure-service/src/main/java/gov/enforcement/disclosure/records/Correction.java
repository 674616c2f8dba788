package gov.enforcement.disclosure.records;

import gov.enforcement.platform.money.Amounts;

import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** D-CORRECT: what a clerk corrects in a published record (absent fields stay), and why. */
public record Correction(String reason, String documentNumber, String facts, String legalBasis, String penaltyCategory,
                         String penaltyContent, BigDecimal fineAmount, BigDecimal confiscationAmount) {

    /** 422 naming each amount that could not be shown as yuan and fen; nothing is stored then. */
    public void requireValidAmounts() {
        List<Problem.FieldError> errors = new ArrayList<>();
        amount(errors, "fineAmount", fineAmount);
        amount(errors, "confiscationAmount", confiscationAmount);
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "invalid-amount", "Invalid amount",
                    errors.get(0).field() + ": " + errors.get(0).message(), null, errors);
        }
    }

    private static void amount(List<Problem.FieldError> errors, String field, BigDecimal value) {
        String problem = Amounts.problem(value);
        if (problem != null) {
            errors.add(new Problem.FieldError(field, problem));
        }
    }

    /** Whether it corrects an item only a penalty has (P-OUTCOME: a no-penalty decision never gets one). */
    public boolean touchesPenaltyItems() {
        return penaltyCategory != null || penaltyContent != null || fineAmount != null || confiscationAmount != null;
    }

    /** The corrected record; the clerk's text is redacted like the generated one (D-REDACT). */
    public PublicRecord applyTo(PublicRecord r, RecordBuilder builder, List<String> personNames) {
        Redactor x = builder.redactor();
        return r.withItems(documentNumber == null ? r.documentNumber() : x.text(documentNumber, personNames),
                facts == null ? r.facts() : x.text(facts, personNames),
                legalBasis == null ? r.legalBasis() : x.text(legalBasis, personNames),
                penaltyCategory == null ? r.penaltyCategory() : x.text(penaltyCategory, personNames),
                penaltyContent == null ? r.penaltyContent() : x.text(penaltyContent, personNames),
                fineAmount == null ? r.fineAmount() : fineAmount,
                confiscationAmount == null ? r.confiscationAmount() : confiscationAmount);
    }
}
