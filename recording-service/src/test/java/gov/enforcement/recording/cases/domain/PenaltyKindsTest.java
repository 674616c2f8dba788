package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.domain.CaseEvent.DecisionDrafted;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static gov.enforcement.recording.cases.domain.CaseFixtures.by;
import static gov.enforcement.recording.cases.domain.CaseFixtures.investigation;
import static gov.enforcement.recording.cases.domain.CaseFixtures.registered;
import static gov.enforcement.recording.cases.domain.CaseFixtures.rightsNotified;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Given a case whose rights were notified, when a draft names penalty kinds, then they must agree with it. */
class PenaltyKindsTest {

    static final CaseState NOTIFIED = CaseDecider.fold(List.of(registered(CaseCategory.PENALTY),
            investigation("HB-0001", "HB-0002"), rightsNotified()));

    static DecisionDrafted draft(BigDecimal fine, BigDecimal confiscation, boolean revoked, boolean closed,
                                 List<PenaltyKind> kinds) {
        return new DecisionDrafted(0, "行政处罚决定", "拖欠工资三个月", "《劳动保障监察条例》第二十六条", "裁量基准第3档",
                "拖欠人数多", fine, confiscation, revoked, closed, List.of(), false, null, null, null, null, kinds);
    }

    static DecisionDrafted decided(DecisionDrafted draft) {
        return (DecisionDrafted) CaseDecider.decideStep(draft, NOTIFIED, by("HB-0001"));
    }

    static RuleViolation refused(DecisionDrafted draft) {
        return assertThrows(RuleViolation.class, () -> decided(draft));
    }

    @Test
    @DisplayName("P-MASTER: a decision imposes several kinds of art 9, kept in the article's order")
    void severalKindsInTheArticlesOrder() {
        DecisionDrafted drafted = decided(draft(new BigDecimal("5000"), new BigDecimal("1200"), true, false,
                List.of(PenaltyKind.REVOKE_LICENCE, PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS, PenaltyKind.WARNING)));
        assertEquals(List.of(PenaltyKind.WARNING, PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS,
                PenaltyKind.REVOKE_LICENCE), drafted.penaltyKinds());
    }

    @Test
    @DisplayName("P-MASTER: a FINE kind needs its fineAmount, and a fineAmount needs the FINE kind")
    void fineAndAmountGoTogether() {
        RuleViolation noAmount = refused(draft(null, null, false, false, List.of(PenaltyKind.FINE)));
        assertEquals("P-MASTER", noAmount.rule());
        assertEquals("fineAmount", noAmount.field());
        RuleViolation noKind = refused(draft(new BigDecimal("500"), null, false, false, List.of(PenaltyKind.WARNING)));
        assertEquals("P-MASTER", noKind.rule());
        assertEquals("penaltyKinds", noKind.field());
    }

    @Test
    @DisplayName("P-MASTER: kinds agree with confiscation, revocation and closure, which legal review classifies by")
    void kindsAgreeWithTheFlags() {
        assertEquals("confiscationAmount", refused(draft(null, null, false, false,
                List.of(PenaltyKind.CONFISCATE_ILLEGAL_GAINS))).field());
        assertEquals("penaltyKinds", refused(draft(null, new BigDecimal("100"), false, false,
                List.of(PenaltyKind.WARNING))).field());
        assertEquals("penaltyKinds", refused(draft(null, null, true, false, List.of(PenaltyKind.WARNING))).field());
        assertEquals("licenceRevoked", refused(draft(null, null, false, false, List.of(PenaltyKind.REVOKE_LICENCE))).field());
        assertEquals("businessClosed", refused(draft(null, null, false, false, List.of(PenaltyKind.ORDER_CLOSURE))).field());
        assertEquals(List.of(PenaltyKind.ORDER_SUSPENSION),
                decided(draft(null, null, false, true, List.of(PenaltyKind.ORDER_SUSPENSION))).penaltyKinds());
        assertEquals(List.of(PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY),
                decided(draft(null, null, false, false, List.of(PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY))).penaltyKinds(),
                "illegal property may be things, without an amount");
    }

    @Test
    @DisplayName("P-MASTER, P-OUTCOME: a penalty names at least one kind; a no-penalty decision none")
    void penaltyNamesAKindNoPenaltyNone() {
        assertEquals("P-MASTER", refused(draft(null, null, false, false, List.of())).rule());
        DecisionDrafted noPenalty = new DecisionDrafted(0, "不予行政处罚决定", "首次违法且及时改正", "《行政处罚法》第三十三条",
                "裁量基准", "首违不罚", null, null, false, false, List.of(), false, null, null,
                CaseEvent.DecisionOutcome.NO_PENALTY, CaseEvent.NoPenaltyGround.FIRST_MINOR_VIOLATION, List.of(PenaltyKind.WARNING));
        RuleViolation refused = refused(noPenalty);
        assertEquals("P-OUTCOME", refused.rule());
        assertEquals("penaltyKinds", refused.field());
    }

    @Test
    @DisplayName("L-GATE: a draft without kinds hashes as before kinds were kept; naming kinds changes the hash")
    void hashOfDraftsWithoutKindsUnchanged() {
        DecisionDrafted without = decided(draft(new BigDecimal("500"), null, false, false, null));
        assertNull(without.penaltyKinds());
        DecisionDrafted before = new DecisionDrafted(without.revision(), without.decisionType(), without.facts(),
                without.legalBasis(), without.discretionBenchmark(), without.discretionReasons(), without.fineAmount(),
                without.confiscationAmount(), without.licenceRevoked(), without.businessClosed(), without.declaredFlags(),
                without.afterHearing(), null, null, null, null);
        assertEquals(StepRules.draftHash(NOTIFIED, before), without.draftHash());
        DecisionDrafted with = decided(draft(new BigDecimal("500"), null, false, false, List.of(PenaltyKind.FINE)));
        assertNotEquals(without.draftHash(), with.draftHash());
    }
}
