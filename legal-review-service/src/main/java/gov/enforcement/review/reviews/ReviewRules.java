package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What may happen to a review, decided without I/O: each method returns normally or throws the problem. */
public final class ReviewRules {

    static final String APPROVE = "APPROVE";
    static final String RETURN = "RETURN";

    private ReviewRules() {
    }

    /** X-SEPARATE: whoever investigated, registered or drafted the case cannot act on its review in any way. */
    public static void requireSeparate(Participants participants, String subject, String certificate) {
        if (participants.includes(subject, certificate)) {
            throw Problems.forbidden("X-SEPARATE", subject
                    + " investigated, registered or drafted this case and cannot act on its review");
        }
    }

    public static void claim(Review review, Caller reviewer, Participants participants) {
        requireSeparate(participants, reviewer.subject(), reviewer.certificate());
        if (review.status() != ReviewStatus.OPEN) {
            throw RuleProblems.conflict("L-OPINION", "review " + review.reviewId() + " is " + review.status()
                    + (review.reviewer() == null ? "" : " (held by " + review.reviewer() + ")"));
        }
    }

    /**
     * @param reviewerAgencies the agencies the named person has called from with the reviewer role; anyone else
     *                         (of another agency, without the role, or never seen) could never give the opinion
     *                         and the review would be stuck with them, so the assignment is refused
     */
    public static void assign(Review review, Requests.Assign to, Participants participants, Set<String> reviewerAgencies) {
        if (to == null || Checklist.blank(to.reviewer())) {
            throw Problems.invalidField("reviewer", "is required");
        }
        requireSeparate(participants, to.reviewer(), to.cert());
        if (reviewerAgencies.isEmpty()) {
            throw Problems.ruleViolated("L-OPINION", "reviewer", to.reviewer() + " is not known as a reviewer of agency "
                    + review.agency() + "; a reviewer becomes known by opening the review queue once");
        }
        if (!reviewerAgencies.contains(review.agency())) {
            throw Problems.ruleViolated("L-OPINION", "reviewer", to.reviewer() + " is a reviewer of agency "
                    + String.join(", ", new TreeSet<>(reviewerAgencies)) + ", not of the review's agency "
                    + review.agency());
        }
        if (!review.status().isUndecided()) {
            throw RuleProblems.conflict("L-OPINION", "review " + review.reviewId() + " is already " + review.status());
        }
        awaitingSignOff(review);
    }

    /** Only the holder gives a review back to the queue, before deciding it. */
    public static void unclaim(Review review, Caller reviewer) {
        requireHolder(review, reviewer);
    }

    /** The holder hands the review to another reviewer of the agency, under the same checks as an assignment. */
    public static void delegate(Review review, Caller holder, Requests.Assign to, Participants participants,
                                Set<String> reviewerAgencies) {
        requireHolder(review, holder);
        if (to != null && holder.subject().equals(to.reviewer())) {
            throw Problems.invalidField("reviewer", "the review is already yours");
        }
        assign(review, to, participants, reviewerAgencies);
    }

    /** An opinion waiting for the head reviewer stays with its reviewer until signed off or sent back. */
    static void awaitingSignOff(Review review) {
        if (review.status() == ReviewStatus.PENDING_SIGN_OFF) {
            throw RuleProblems.conflict("L-OPINION", "the opinion of review " + review.reviewId() + " by "
                    + review.reviewer() + " waits for the head reviewer's sign-off");
        }
    }

    private static void requireHolder(Review review, Caller reviewer) {
        awaitingSignOff(review);
        if (!review.status().isUndecided() || !reviewer.subject().equals(review.reviewer())) {
            throw RuleProblems.conflict("L-OPINION", "review " + review.reviewId() + " is " + review.status()
                    + (review.reviewer() == null ? ", held by nobody" : ", held by " + review.reviewer())
                    + "; only its holder gives it up before the opinion");
        }
    }

    /** L-OPINION and L-ITEMS: only the assigned reviewer, only once, only with the whole checklist. */
    public static void opinion(Review review, Caller reviewer, Requests.Opinion opinion, Participants participants) {
        requireSeparate(participants, reviewer.subject(), reviewer.certificate());
        if (!review.status().isUndecided()) {
            throw RuleProblems.conflict("L-OPINION", "review " + review.reviewId() + " is already " + review.status());
        }
        if (review.reviewer() == null || !review.reviewer().equals(reviewer.subject())) {
            throw RuleProblems.conflict("L-OPINION", "review " + review.reviewId() + " is not assigned to "
                    + reviewer.subject() + "; claim it first");
        }
        awaitingSignOff(review);
        if (review.status() == ReviewStatus.PAUSED) {
            throw RuleProblems.conflict("L-OPINION", "review " + review.reviewId() + " waits for supplementary materials"
                    + " since " + review.pausedOn() + "; the opinion follows their submission");
        }
        if (!review.submitted()) {
            // the opinion is on what the undertaking unit answers for (seed 003 §15): nothing submitted, nothing to review
            throw RuleProblems.conflict("L-RESPONSIBILITY", "the materials of review " + review.reviewId()
                    + " are not submitted with the submitter's declaration yet");
        }
        if (opinion == null) {
            throw Problems.invalidField("body", "an opinion is required");
        }
        List<Problem.FieldError> items = Checklist.errors(opinion.items());
        if (!items.isEmpty()) {
            throw RuleProblems.invalid("L-ITEMS", items);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!APPROVE.equals(opinion.outcome()) && !RETURN.equals(opinion.outcome())) {
            errors.add(new Problem.FieldError("outcome", "must be APPROVE or RETURN"));
        } else if (RETURN.equals(opinion.outcome()) && Checklist.blank(opinion.problems())) {
            errors.add(new Problem.FieldError("problems", "a returned draft names the problems found"));
        } else if (APPROVE.equals(opinion.outcome()) && opinion.items().stream().anyMatch(i -> !i.passed())) {
            errors.add(new Problem.FieldError("outcome", "a draft with failed checks cannot be approved"));
        }
        if (!errors.isEmpty()) {
            throw RuleProblems.invalid("L-OPINION", errors);
        }
    }

    /** L-COORDINATE: the review as the coordination leaves it. */
    public static Review coordination(Review review, Requests.Coordination coordination) {
        notSuperseded(review, "L-COORDINATE");
        List<Problem.FieldError> errors = new ArrayList<>();
        required(errors, "disagreement", coordination == null ? null : coordination.disagreement());
        required(errors, "outcome", coordination == null ? null : coordination.outcome());
        failOn(errors);
        CoordinationOutcome outcome = CoordinationOutcome.of(coordination.outcome()).orElseThrow(() ->
                RuleProblems.invalid("L-COORDINATE", List.of(new Problem.FieldError("outcome", "must be one of "
                        + Arrays.toString(CoordinationOutcome.values()) + ", not " + coordination.outcome()))));
        if (outcome == CoordinationOutcome.REVIEW_UPHELD) {
            return review;
        }
        if (review.status() != ReviewStatus.RETURNED) {
            throw RuleProblems.conflict("L-COORDINATE", "review " + review.reviewId() + " is " + review.status()
                    + "; only a returned draft can be upheld against its return");
        }
        // the coordination overrules the return: the draft goes on to the collective discussion as approved
        return review.withStatus(ReviewStatus.APPROVED, review.reviewer());
    }

    public static void counselNote(Review review, Requests.CounselNote note) {
        notSuperseded(review, "L-COUNSEL");
        List<Problem.FieldError> errors = new ArrayList<>();
        required(errors, "counsel", note == null ? null : note.counsel());
        required(errors, "note", note == null ? null : note.note());
        failOn(errors);
    }

    /** L-COLLECTIVE: a major draft is discussed once, after legal review approved it. */
    public static void discussion(Review review, Requests.Discussion discussion) {
        if (review.status() != ReviewStatus.APPROVED) {
            throw RuleProblems.conflict("L-COLLECTIVE", "review " + review.reviewId() + " is " + review.status()
                    + "; the collective discussion follows an approving opinion");
        }
        if (review.discussed()) {
            throw RuleProblems.conflict("L-COLLECTIVE", "the collective discussion of this draft is already recorded");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (discussion == null || discussion.heldOn() == null) {
            errors.add(new Problem.FieldError("heldOn", "is required"));
        }
        if (discussion == null || discussion.participants() == null || discussion.participants().isEmpty()
                || discussion.participants().stream().anyMatch(Checklist::blank)) {
            errors.add(new Problem.FieldError("participants", "name at least one participant, none blank"));
        }
        required(errors, "outcome", discussion == null ? null : discussion.outcome());
        failOn(errors);
        if (CollectiveOutcome.of(discussion.outcome()).isEmpty()) {
            // free text cannot say no in a way the gate could read, so only the three outcomes are recorded
            throw RuleProblems.invalid("L-COLLECTIVE", List.of(new Problem.FieldError("outcome",
                    "must be one of " + Arrays.toString(CollectiveOutcome.values()) + ", not " + discussion.outcome())));
        }
    }

    /** L-TIME: one extension, while the review is undecided. */
    public static void extension(Review review, Requests.Extension extension) {
        if (!review.status().isRunning()) {
            throw RuleProblems.conflict("L-TIME", "review " + review.reviewId() + " is " + review.status()
                    + "; only a running deadline is extended");
        }
        if (review.extended()) {
            throw RuleProblems.conflict("L-TIME", "the one extension of review " + review.reviewId() + " is used");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        required(errors, "reason", extension == null ? null : extension.reason());
        failOn(errors);
    }

    private static void notSuperseded(Review review, String rule) {
        if (review.status() == ReviewStatus.SUPERSEDED) {
            throw RuleProblems.conflict(rule, "review " + review.reviewId() + " was superseded by a newer draft");
        }
    }

    private static void required(List<Problem.FieldError> errors, String field, String value) {
        if (Checklist.blank(value)) {
            errors.add(new Problem.FieldError(field, "is required"));
        }
    }

    private static void failOn(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Problems.invalidFields(errors);
        }
    }
}
