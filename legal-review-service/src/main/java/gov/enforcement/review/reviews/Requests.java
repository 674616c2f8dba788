package gov.enforcement.review.reviews;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the review commands. */
public final class Requests {

    private Requests() {
    }

    /** L-OPINION: APPROVE, or RETURN with the problems found; the seven checks of L-ITEMS. */
    public record Opinion(String outcome, List<ItemResult> items, String problems) {
    }

    /** Assign to a reviewer (subject, and certificate when they have one, for X-SEPARATE). */
    public record Assign(String reviewer, String cert) {
    }

    /** L-COORDINATE: what the undertaking unit and the review body disagreed on, and whose position was upheld. */
    public record Coordination(String disagreement, String outcome) {
    }

    /** L-COUNSEL: a legal counsel's advisory note. */
    public record CounselNote(String counsel, String note) {
    }

    /** L-COLLECTIVE: the meeting's date, participants and outcome (a {@link CollectiveOutcome} name). */
    public record Discussion(LocalDate heldOn, List<String> participants, String outcome) {
    }

    /** 负责人复核: {@code SIGN_OFF} or {@code SEND_BACK} (with why) the first reviewer's opinion. */
    public record SignOffDecision(String decision, String comment) {
    }

    /** L-TIME: why the one extension is needed. */
    public record Extension(String reason) {
    }

    /**
     * L-RESPONSIBILITY: the materials sent ({@link Material} codes), the submitter's declaration that they are true and
     * complete, and an answer to every problem the reviewer raised (L-OPINION).
     */
    public record Submission(List<String> materials, Boolean declaration, List<ProblemAnswer> answers) {
    }

    /** The answer to the raised problem with that number. */
    public record ProblemAnswer(Integer problem, String answer) {
    }

    /** The reviewer asks for supplementary materials: the problems found; the deadline clock stops. */
    public record SupplementRequest(List<String> problems) {
    }
}
