package gov.enforcement.recording.cases.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static gov.enforcement.recording.cases.domain.CaseFixtures.NOW;
import static gov.enforcement.recording.cases.domain.CaseFixtures.investigation;
import static gov.enforcement.recording.cases.domain.CaseFixtures.registered;
import static gov.enforcement.recording.cases.domain.CaseScenario.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** P-TIME, R-ANALYSE: which limits run, when they are due, and which are overdue on a given day. */
class TimeLimitsTest {

    static final LocalDate REGISTERED = LocalDate.of(2026, 9, 29);

    @Test
    @DisplayName("P-TIME: the 90-day decision limit runs from registration; late while undecided past it, met by a decision in time")
    void decisionLimit() {
        CaseState investigated = given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002")).state();
        LocalDate due = REGISTERED.plusDays(90);
        assertEquals(List.of(new TimeLimits.Status("DECISION", due, null, false)), TimeLimits.of(investigated, due));
        assertEquals(List.of(new TimeLimits.Status("DECISION", due, null, true)), TimeLimits.of(investigated, due.plusDays(1)));
        CaseState decided = ProceduresTest.servedPenalty("1000").state();
        assertEquals(false, TimeLimits.of(decided, due.plusYears(1)).get(0).overdue());
    }

    @Test
    @DisplayName("P-TIME: a withdrawn case or an on-the-spot decision runs no decision limit")
    void noDecisionLimit() {
        CaseState withdrawn = given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"))
                .andRecorded(new OutcomeEvent.CaseWithdrawn("不属管辖", ProceduresTest.HEAD, NOW)).state();
        assertEquals(List.of(), TimeLimits.of(withdrawn, REGISTERED.plusYears(1)));
        CaseState onTheSpot = given(CaseFixtures.registered(CaseCategory.PENALTY, Procedure.SIMPLIFIED_PENALTY, Party.Kind.PERSON))
                .andRecorded(ProceduresTest.onTheSpot(List.of(OutcomeEvent.OnTheSpotPenalty.FINE), "50")).state();
        assertEquals(List.of(), TimeLimits.of(onTheSpot, REGISTERED.plusYears(1)));
    }

    @Test
    @DisplayName("P-COERCE, P-LICENSE: a seizure past its last day and a certificate not issued in 10 days are overdue")
    void sealingAndCertificate() {
        CaseState sealed = given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"),
                new CoercionEvent.PropertySealed(CoercionEvent.SealingMeasure.SEALING, List.of("仓库"),
                        List.of("HB-0001", "HB-0002"), REGISTERED, REGISTERED.plusDays(30), ProceduresTest.HEAD)).state();
        assertEquals(true, TimeLimits.of(sealed, REGISTERED.plusDays(31)).get(1).overdue());
        CaseState granted = given(CaseFixtures.registered(CaseCategory.LICENSING, Procedure.LICENSING, Party.Kind.ORGANISATION),
                new LicensingEvent.ApplicationHandled(LicensingEvent.Acceptance.ACCEPTED, null, NOW, REGISTERED.plusDays(28)),
                ProceduresTest.Licensing.GRANTED).state();
        TimeLimits.Status certificate = TimeLimits.of(granted, LocalDate.of(2026, 10, 31)).get(1);
        assertEquals("LICENCE_CERTIFICATE", certificate.limit());
        assertEquals(true, certificate.overdue());
    }
}
