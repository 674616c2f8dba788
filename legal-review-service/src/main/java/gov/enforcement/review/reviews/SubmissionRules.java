package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Submission for review and requests for supplementary materials (seed 003 §14–§15), decided without I/O. */
public final class SubmissionRules {

    private SubmissionRules() {
    }

    /** What a valid submission records: the materials in their order and each open problem with its answer. */
    public record Accepted(List<Material> materials, List<Answer> answers, boolean resumed) {
    }

    /**
     * @param open the problems still unanswered: those of this review's supplement requests, or on a first submission
     *             after a RETURN those of the returned review's opinion
     */
    public static Accepted submit(Review review, Caller submitter, Requests.Submission submission, List<RaisedProblem> open) {
        if (!review.status().isUndecided()) {
            throw RuleProblems.conflict("L-RESPONSIBILITY", "review " + review.reviewId() + " is " + review.status()
                    + "; materials are submitted before the opinion");
        }
        if (review.submitted() && review.status() != ReviewStatus.PAUSED) {
            throw RuleProblems.conflict("L-RESPONSIBILITY", "the materials of review " + review.reviewId()
                    + " are submitted; more are sent when the reviewer asks for them");
        }
        if (submission == null) {
            throw Problems.invalidField("body", "a submission is required");
        }
        List<Material> materials = materials(submission.materials());
        if (!Boolean.TRUE.equals(submission.declaration())) {
            // seed 003 §15: the undertaking unit answers for the truth, accuracy and completeness of what it sends
            throw Problems.ruleViolated("L-RESPONSIBILITY", "declaration", submitter.subject()
                    + " must declare the materials true, accurate and complete (declaration: true)");
        }
        return new Accepted(materials, answers(submission.answers(), open), review.status() == ReviewStatus.PAUSED);
    }

    /** Only the assigned reviewer of a submitted, running review asks for more, naming at least one problem. */
    public static List<String> requestSupplement(Review review, Caller reviewer, Requests.SupplementRequest request) {
        if (!review.status().isRunning() || !review.submitted()) {
            throw RuleProblems.conflict("L-OPINION", "review " + review.reviewId() + " is " + review.status()
                    + (review.submitted() ? "" : " without submitted materials") + "; nothing to supplement");
        }
        if (!reviewer.subject().equals(review.reviewer())) {
            throw RuleProblems.conflict("L-OPINION", "review " + review.reviewId() + " is not assigned to "
                    + reviewer.subject() + "; claim it first");
        }
        ReviewRules.awaitingSignOff(review);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request == null || request.problems() == null || request.problems().isEmpty()) {
            errors.add(new Problem.FieldError("problems", "name at least one problem"));
        } else {
            for (int i = 0; i < request.problems().size(); i++) {
                if (Checklist.blank(request.problems().get(i))) {
                    errors.add(new Problem.FieldError("problems[" + i + "]", "is blank"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw RuleProblems.invalid("L-OPINION", errors);
        }
        return request.problems().stream().map(String::strip).toList();
    }

    /** The problems a RETURN opinion raises: one per non-blank line of its problems text. */
    public static List<String> returnedProblems(String problems) {
        return problems == null ? List.of() : problems.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<Material> materials(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw Problems.ruleViolated("L-RESPONSIBILITY", "materials", "list the materials sent: "
                    + Arrays.toString(Material.values()));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Material> seen = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Material material = Material.of(code).orElse(null);
            if (material == null) {
                errors.add(new Problem.FieldError("materials[" + i + "]", "must be one of "
                        + Arrays.toString(Material.values()) + ", not " + code));
            } else if (!seen.add(material)) {
                errors.add(new Problem.FieldError("materials[" + i + "]", code + " is listed twice"));
            }
        }
        for (Material material : Material.values()) {
            if (material.required() && errors.isEmpty() && !seen.contains(material)) {
                errors.add(new Problem.FieldError("materials", material + " (" + material.label() + ") is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw RuleProblems.invalid("L-RESPONSIBILITY", errors);
        }
        return List.copyOf(seen);
    }

    private static List<Answer> answers(List<Requests.ProblemAnswer> given, List<RaisedProblem> open) {
        Map<Integer, String> byProblem = new HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Requests.ProblemAnswer> answers = given == null ? List.of() : given;
        for (int i = 0; i < answers.size(); i++) {
            Requests.ProblemAnswer answer = answers.get(i);
            Integer number = answer == null ? null : answer.problem();
            if (number == null || open.stream().noneMatch(p -> p.number() == number)) {
                errors.add(new Problem.FieldError("answers[" + i + "].problem", "no open problem " + number));
            } else if (Checklist.blank(answer.answer())) {
                errors.add(new Problem.FieldError("answers[" + i + "].answer", "the answer to problem " + number + " is blank"));
            } else if (byProblem.putIfAbsent(number, answer.answer().strip()) != null) {
                errors.add(new Problem.FieldError("answers[" + i + "].problem", "problem " + number + " is answered twice"));
            }
        }
        for (RaisedProblem problem : open) {
            if (!byProblem.containsKey(problem.number())) {
                errors.add(new Problem.FieldError("answers", "problem " + problem.number() + " (" + problem.text()
                        + ") is not answered"));
            }
        }
        if (!errors.isEmpty()) {
            throw RuleProblems.invalid("L-OPINION", errors);
        }
        return open.stream().map(p -> new Answer(p.number(), p.text(), byProblem.get(p.number()))).toList();
    }
}
