package gov.enforcement.recording.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * L-GATE: a decision is issued only from a draft that legal review classified and, when major, approved
 * and that was discussed collectively — all for exactly that draft's hash.
 */
final class LegalReviewGate {

    private LegalReviewGate() {
    }

    /** What is still missing before the current draft may be issued; empty when the gate is open. */
    static List<String> missingFor(CaseState state) {
        CaseState.Draft draft = state.draft();
        List<String> missing = new ArrayList<>();
        if (draft.major() == null) {
            missing.add("no DecisionClassified for this draft yet");
            return missing;
        }
        if (draft.major()) {
            if (!state.approvedDrafts().contains(draft.hash())) {
                missing.add(state.returnedDrafts().contains(draft.hash())
                        ? "legal review returned this draft" : "no approving ReviewOpinionGiven for this draft");
            }
            if (!state.discussedDrafts().contains(draft.hash())) {
                missing.add("no CollectiveDiscussionHeld for this draft");
            }
        }
        return missing;
    }

    /** Folds the review facts recorded from legal review. */
    static CaseState evolve(CaseState state, CaseEvent event) {
        if (event instanceof CaseEvent.DecisionClassified c && state.draft() != null
                && c.draftHash().equals(state.draft().hash())) {
            CaseState.Draft d = state.draft();
            return state.withDraft(new CaseState.Draft(d.revision(), d.hash(), d.decisionType(), c.major(),
                    c.catalogueVersion(), c.criteria()));
        }
        if (event instanceof CaseEvent.ReviewOpinionGiven opinion) {
            Set<String> approved = new HashSet<>(state.approvedDrafts());
            Set<String> returned = new HashSet<>(state.returnedDrafts());
            // the latest opinion on a draft decides
            if ("APPROVE".equals(opinion.outcome())) {
                approved.add(opinion.draftHash());
                returned.remove(opinion.draftHash());
            } else {
                returned.add(opinion.draftHash());
                approved.remove(opinion.draftHash());
            }
            return state.withReview(Set.copyOf(approved), Set.copyOf(returned), state.discussedDrafts());
        }
        if (event instanceof CaseEvent.CollectiveDiscussionHeld discussion) {
            return state.withReview(state.approvedDrafts(), state.returnedDrafts(),
                    CaseState.plus(state.discussedDrafts(), List.of(discussion.draftHash())));
        }
        return state;
    }
}
