package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.ProblemException;

import java.util.List;

/** The review refusals that {@code Problems} has no shape for: a conflict with the state, naming the rule. */
final class RuleProblems {

    private RuleProblems() {
    }

    static ProblemException conflict(String rule, String detail) {
        return new ProblemException(409, "rule-conflict", "Rule " + rule + " refuses this now", detail, rule, null);
    }

    static ProblemException invalid(String rule, List<Problem.FieldError> errors) {
        return new ProblemException(422, "rule-violation", "Rule " + rule + " refuses this",
                errors.get(0).field() + ": " + errors.get(0).message(), rule, errors);
    }
}
