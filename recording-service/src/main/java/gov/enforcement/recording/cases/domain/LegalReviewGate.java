package gov.enforcement.recording.cases.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * L-GATE: a decision is issued only from a draft that legal review classified and, when major, approved (by an
 * opinion, or by a coordination that upheld the draft against its return) and that a collective discussion
 * approved (L-COLLECTIVE) — all for exactly that draft's hash.
 */
final class LegalReviewGate {

    /** L-COLLECTIVE: the one outcome of the meeting that lets the draft issue. */
    static final String CONSENT = "APPROVED";
    /** L-COORDINATE: the outcome that overrules a return; older free-text outcomes change nothing, as before. */
    static final String DRAFT_UPHELD = "DRAFT_UPHELD";

    private LegalReviewGate() {
    }

    /*
     * Before outcomes were typed, a discussion carried the meeting's words ("同意…", "不同意…") and every one
     * opened the gate. Such words are read as no consent: the gate cannot tell yes from no in free text, and a
     * decision stopped here can be redrafted and discussed again, while an issued one cannot be taken back.
     */
    private static String withheld(String outcome) {
        return switch (outcome) {
            case "REFUSED" -> "the collective discussion refused this draft";
            case "AMENDED" -> "the collective discussion amended this draft; record the amended draft";
            default -> "the collective discussion's outcome \"" + outcome
                    + "\" is not APPROVED (free text is not read as consent); record a new draft";
        };
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
            String discussed = state.discussedDrafts().get(draft.hash());
            if (discussed == null) {
                missing.add("no CollectiveDiscussionHeld for this draft");
            } else if (!CONSENT.equals(discussed)) {
                missing.add(withheld(discussed));
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
                    c.catalogueVersion(), c.criteria(), d.outcome(), d.fine()));
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
        if (event instanceof CaseEvent.CoordinationResolved coordination && DRAFT_UPHELD.equals(coordination.outcome())) {
            // L-COORDINATE overruled legal review's return: the draft stands as approved
            Set<String> returned = new HashSet<>(state.returnedDrafts());
            returned.remove(coordination.draftHash());
            return state.withReview(CaseState.plus(state.approvedDrafts(), List.of(coordination.draftHash())),
                    Set.copyOf(returned), state.discussedDrafts());
        }
        if (event instanceof CaseEvent.CollectiveDiscussionHeld discussion) {
            Map<String, String> discussed = new HashMap<>(state.discussedDrafts());
            discussed.put(discussion.draftHash(), String.valueOf(discussion.outcome()));
            return state.withReview(state.approvedDrafts(), state.returnedDrafts(), Map.copyOf(discussed));
        }
        return state;
    }
}
