package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two-level sign-off (承办人初审 → 负责人复核), for the agencies listed in {@code review.sign-off.agencies}: the first
 * reviewer's opinion waits until a head reviewer (token group {@value #HEAD_REVIEWER}, besides {@code reviewer}), who
 * is not that reviewer, signs it off or sends it back. The rules are pure; only {@link #requiredFor} reads config.
 */
@ApplicationScoped
public class SignOff {

    /** The token group of a head of the review body (法制审核机构负责人). */
    public static final String HEAD_REVIEWER = "head-reviewer";
    /** The history kind of an opinion waiting for its sign-off. */
    static final String PROPOSED = "OpinionProposed";
    /** The history kind of an opinion the head reviewer sent back to its reviewer. */
    static final String SENT_BACK = "OpinionSentBack";

    /** What the head reviewer does with the proposed opinion. */
    public enum Decision {
        SIGN_OFF, SEND_BACK
    }

    private final Set<String> agencies;

    public SignOff(@ConfigProperty(name = "review.sign-off.agencies") Optional<List<String>> agencies) {
        this.agencies = Set.copyOf(agencies.orElse(List.of()));
    }

    boolean requiredFor(String agency) {
        return agencies.contains(agency);
    }

    /** Who may decide, on which review, and whether the body says what it decides; returns the decision. */
    static Decision decide(Review review, Caller head, Requests.SignOffDecision body) {
        if (!head.hasRole(HEAD_REVIEWER)) {
            throw Problems.forbidden("L-RESPONSIBILITY", head.subject() + " is not a head reviewer ("
                    + HEAD_REVIEWER + "); the second level of the review signs off");
        }
        if (review.status() != ReviewStatus.PENDING_SIGN_OFF) {
            throw RuleProblems.conflict("L-OPINION", "review " + review.reviewId() + " is " + review.status()
                    + "; only an opinion waiting for sign-off is signed off or sent back");
        }
        if (head.subject().equals(review.reviewer())) {
            throw Problems.forbidden("X-SEPARATE", head.subject() + " gave this opinion and cannot also sign it off;"
                    + " the second level is another person");
        }
        Decision decision = body == null ? null : Arrays.stream(Decision.values())
                .filter(d -> d.name().equals(body.decision())).findFirst().orElse(null);
        if (decision == null) {
            throw RuleProblems.invalid("L-OPINION", List.of(new Problem.FieldError("decision",
                    "must be one of " + Arrays.toString(Decision.values()))));
        }
        if (decision == Decision.SEND_BACK && Checklist.blank(body.comment())) {
            throw RuleProblems.invalid("L-OPINION", List.of(new Problem.FieldError("comment",
                    "say why the opinion goes back to " + review.reviewer())));
        }
        return decision;
    }
}
