package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.web.RuleViolationMapper;
import gov.enforcement.platform.problem.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static gov.enforcement.recording.cases.domain.CaseFixtures.by;
import static gov.enforcement.recording.cases.domain.CaseFixtures.drafted;
import static gov.enforcement.recording.cases.domain.CaseFixtures.issue;
import static gov.enforcement.recording.cases.domain.CaseFixtures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** L-GATE with L-COLLECTIVE: only a collective discussion that approved the draft lets it issue. */
class LegalReviewGateTest {

    /** A major draft that legal review approved, before its collective discussion. */
    private static CaseState approvedByReview() {
        CaseState state = drafted(new BigDecimal("200000"));
        String hash = state.draft().hash();
        return then(state, new CaseEvent.DecisionClassified(hash, true, "2026.1", List.of("FINE_ABOVE_THRESHOLD")),
                CaseDeciderTest.opinion(hash, "APPROVE"));
    }

    private static CaseState discussed(String outcome) {
        CaseState approved = approvedByReview();
        return then(approved, new CaseEvent.CollectiveDiscussionHeld(approved.draft().hash(),
                CaseFixtures.NOW.toLocalDate(), List.of("局长 王某", "副局长 李某"), outcome));
    }

    private static List<?> missing(CaseState state) {
        ProblemException e = RuleViolationMapper.asProblem(
                assertThrows(RuleViolation.class, () -> CaseDecider.decideStep(issue(), state, by("HB-0003"))));
        assertEquals("L-GATE", e.rule());
        return (List<?>) e.toProblem("/").extensions().get("missing");
    }

    @Test
    @DisplayName("L-COLLECTIVE: a collective discussion that refused the draft keeps the decision from issuing")
    void refusedDiscussionStopsTheDecision() {
        assertEquals(List.of("the collective discussion refused this draft"), missing(discussed("REFUSED")));
    }

    @Test
    @DisplayName("L-COLLECTIVE: a collective discussion that amended the draft needs a new draft before a decision issues")
    void amendedDiscussionNeedsANewDraft() {
        assertEquals(List.of("the collective discussion amended this draft; record the amended draft"),
                missing(discussed("AMENDED")));
    }

    @Test
    @DisplayName("L-COLLECTIVE: a free-text outcome recorded before outcomes were typed is not read as consent")
    void legacyFreeTextIsNoConsent() {
        List<?> missing = missing(discussed("不同意，退回承办机构修改"));
        assertEquals(1, missing.size());
        assertEquals(true, missing.get(0).toString().contains("free text is not read as consent"), missing.toString());
        missing(discussed("同意"));
    }

    @Test
    @DisplayName("L-COORDINATE: a coordination that upholds a returned draft counts as its approval; one that upholds the return does not")
    void coordinationCanOverruleAReturn() {
        CaseState state = drafted(new BigDecimal("200000"));
        String hash = state.draft().hash();
        CaseState returned = then(state, new CaseEvent.DecisionClassified(hash, true, "2026.1", List.of()),
                CaseDeciderTest.opinion(hash, "RETURN"));
        CaseEvent.CollectiveDiscussionHeld approved = new CaseEvent.CollectiveDiscussionHeld(hash,
                CaseFixtures.NOW.toLocalDate(), List.of("局长 王某"), "APPROVED");
        CaseState reviewUpheld = then(returned, new CaseEvent.CoordinationResolved(null, hash, "REVIEW_UPHELD", "是否减轻"), approved);
        assertEquals(List.of("legal review returned this draft"), missing(reviewUpheld));
        CaseState draftUpheld = then(returned, new CaseEvent.CoordinationResolved(null, hash, "DRAFT_UPHELD", "是否减轻"), approved);
        assertNotNull(CaseDecider.decideStep(issue(), draftUpheld, by("HB-0003")));
    }

    @Test
    @DisplayName("L-COLLECTIVE: a collective discussion that approved the draft lets it issue")
    void approvedDiscussionOpensTheGate() {
        assertNotNull(CaseDecider.decideStep(issue(), discussed("APPROVED"), by("HB-0003")));
    }
}
