package gov.enforcement.recording.cases.domain;

import gov.enforcement.platform.money.Amounts;
import gov.enforcement.recording.cases.domain.CaseEvent.DecisionDrafted;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The rules of single steps: X-TWO for investigation and evidence, R-TEXT and the draft hash for drafts. */
public final class StepRules {

    private StepRules() {
    }

    /** X-TWO: at least two officers holding certificates of this agency, valid today for this category. */
    static void requireTwoQualifiedOfficers(CaseState state, List<String> certificates, StepContext context) {
        Set<String> distinct = new LinkedHashSet<>(certificates == null ? List.of() : certificates);
        if (distinct.size() < 2) {
            throw RuleViolation.of("X-TWO", "certificates",
                    "inspection, investigation and evidence collection need at least two officers; got " + distinct.size());
        }
        LocalDate today = context.now().atZoneSameInstant(context.zone()).toLocalDate();
        for (String number : distinct) {
            boolean valid = context.officers().find(state.agency(), number)
                    .map(c -> c.validFor(state.agency(), state.category(), today)).orElse(false);
            if (!valid) {
                throw RuleViolation.of("X-TWO", "certificates", "certificate " + number
                        + " is not valid on " + today + " for " + state.category() + " at agency " + state.agency());
            }
        }
    }

    /** Yuan and fen, as disclosure publishes them: an amount it could not show must not be decided. */
    static void requireAmount(String field, BigDecimal amount) {
        String problem = Amounts.problem(amount);
        if (problem != null) {
            throw RuleViolation.invalid(field, problem);
        }
    }

    /**
     * R-TEXT, then the server-side revision number, the hash that legal review approves (L-GATE) and the drafter,
     * whom legal review keeps from reviewing the draft (X-SEPARATE); a drafter named in the step is not trusted.
     */
    static DecisionDrafted completeDraft(DecisionDrafted draft, CaseState state, String drafter) {
        requireText("decisionType", draft.decisionType());
        requireText("facts", draft.facts());
        requireText("legalBasis", draft.legalBasis());
        if (isBlank(draft.discretionBenchmark()) || isBlank(draft.discretionReasons())) {
            throw RuleViolation.of("R-TEXT", isBlank(draft.discretionBenchmark()) ? "discretionBenchmark" : "discretionReasons",
                    "a drafted decision must state the discretion benchmark applied and the reasons");
        }
        requireAmount("fineAmount", draft.fineAmount());
        requireAmount("confiscationAmount", draft.confiscationAmount());
        int revision = state.draft() == null ? 1 : state.draft().revision() + 1;
        List<String> flags = draft.declaredFlags() == null ? List.of() : List.copyOf(new TreeSet<>(draft.declaredFlags()));
        DecisionDrafted complete = new DecisionDrafted(revision, draft.decisionType(), draft.facts(), draft.legalBasis(),
                draft.discretionBenchmark(), draft.discretionReasons(), draft.fineAmount(), draft.confiscationAmount(),
                draft.licenceRevoked(), draft.businessClosed(), flags, draft.afterHearing() || state.hearingHeld(), null,
                null, draft.outcome(), draft.noPenaltyGround(), PenaltyKinds.checked(draft), draft.discretionBenchmarkCode());
        return new DecisionDrafted(complete.revision(), complete.decisionType(), complete.facts(), complete.legalBasis(),
                complete.discretionBenchmark(), complete.discretionReasons(), complete.fineAmount(),
                complete.confiscationAmount(), complete.licenceRevoked(), complete.businessClosed(),
                complete.declaredFlags(), complete.afterHearing(), draftHash(state, complete), drafter,
                complete.outcome(), complete.noPenaltyGround(), complete.penaltyKinds(), complete.discretionBenchmarkCode());
    }

    /** SHA-256 over the draft's content in a fixed field order: the same text always has the same hash. */
    static String draftHash(CaseState state, DecisionDrafted d) {
        String canonical = String.join("\u001f", state.caseId().toString(), Integer.toString(d.revision()),
                d.decisionType(), d.facts(), d.legalBasis(), d.discretionBenchmark(), d.discretionReasons(),
                plain(d.fineAmount()), plain(d.confiscationAmount()), Boolean.toString(d.licenceRevoked()),
                Boolean.toString(d.businessClosed()), String.join(",", d.declaredFlags()),
                Boolean.toString(d.afterHearing()))
                // P-OUTCOME: named only when it is not a penalty, so that drafts hashed before outcomes keep their hash
                + (d.outcomeOrDefault() == CaseEvent.DecisionOutcome.PENALTY ? ""
                : "\u001f" + d.outcome() + "\u001f" + d.noPenaltyGround())
                // P-MASTER: likewise appended only when named, so drafts without kinds keep their hash
                + (d.penaltyKinds() == null ? ""
                : "\u001fpenaltyKinds=" + String.join(",", d.penaltyKinds().stream().map(Enum::name).toList()))
                + (d.discretionBenchmarkCode() == null ? "" : "\u001fdiscretionBenchmarkCode=" + d.discretionBenchmarkCode());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    private static void requireText(String field, String value) {
        if (isBlank(value)) {
            throw RuleViolation.invalid(field, "is required");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
