package gov.enforcement.recording.cases.domain;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static gov.enforcement.recording.cases.domain.CaseFixtures.by;
import static gov.enforcement.recording.cases.domain.CaseFixtures.investigation;
import static gov.enforcement.recording.cases.domain.CaseFixtures.registered;
import static gov.enforcement.recording.cases.domain.CaseFixtures.rightsNotified;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** X-SEPARATE and L-RESPONSIBILITY need to know who drafted a decision: the server says so, not the step. */
class DrafterTest {

    @Test
    @DisplayName("X-SEPARATE: DecisionDrafted names the drafting officer from the token, whatever the step claims")
    void draftNamesItsDrafter() {
        CaseState notified = CaseDecider.fold(List.of(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"),
                rightsNotified()));
        CaseEvent.DecisionDrafted d = CaseFixtures.draft(new BigDecimal("200000"));
        CaseEvent.DecisionDrafted claimsSomeoneElse = new CaseEvent.DecisionDrafted(d.revision(), d.decisionType(), d.facts(),
                d.legalBasis(), d.discretionBenchmark(), d.discretionReasons(), d.fineAmount(), d.confiscationAmount(),
                d.licenceRevoked(), d.businessClosed(), d.declaredFlags(), d.afterHearing(), null, "officer-HB-0009", null, null);

        CaseEvent.DecisionDrafted drafted = (CaseEvent.DecisionDrafted) CaseDecider.decideStep(claimsSomeoneElse, notified, by("HB-0003"));

        assertEquals("officer-HB-0003", drafted.draftedBy());
        assertEquals(((CaseEvent.DecisionDrafted) CaseDecider.decideStep(d, notified, by("HB-0001"))).draftHash(),
                ((CaseEvent.DecisionDrafted) CaseDecider.decideStep(d, notified, by("HB-0003"))).draftHash(),
                "the hash identifies the text, whoever wrote it");
    }
}
