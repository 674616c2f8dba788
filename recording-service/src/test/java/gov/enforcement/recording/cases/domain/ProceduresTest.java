package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.domain.CaseEvent.DecisionOutcome;
import gov.enforcement.recording.cases.domain.CaseEvent.NoPenaltyGround;
import gov.enforcement.recording.cases.domain.DefenceEvent.HearingWaiver;
import gov.enforcement.recording.cases.domain.ExecutionEvent.CourtOutcome;
import gov.enforcement.recording.cases.domain.OutcomeEvent.OnTheSpotPenalty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static gov.enforcement.recording.cases.domain.CaseFixtures.NOW;
import static gov.enforcement.recording.cases.domain.CaseFixtures.by;
import static gov.enforcement.recording.cases.domain.CaseFixtures.investigation;
import static gov.enforcement.recording.cases.domain.CaseFixtures.registered;
import static gov.enforcement.recording.cases.domain.CaseFixtures.rightsNotified;
import static gov.enforcement.recording.cases.domain.CaseScenario.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The procedures of DOMAIN.md §7 on the pure decider: given events, when a step, then events or the refusal. */
class ProceduresTest {

    static final Approval HEAD = new Approval("head-001", "局长", "审批表〔2026〕1号", NOW);

    static OutcomeEvent.OnTheSpotDecisionMade onTheSpot(List<OnTheSpotPenalty> penalties, String fine) {
        return new OutcomeEvent.OnTheSpotDecisionMade("石市监当罚〔2026〕1号", penalties,
                fine == null ? null : new BigDecimal(fine), "占道经营", "《城市市容和环境卫生管理条例》第三十六条",
                List.of("HB-0001", "HB-0002"), "中山东路", NOW);
    }

    static CaseEvent.DecisionDrafted noPenaltyDraft(NoPenaltyGround ground, BigDecimal fine) {
        CaseEvent.DecisionDrafted d = CaseFixtures.draft(fine);
        return new CaseEvent.DecisionDrafted(0, "NO_PENALTY", d.facts(), d.legalBasis(), d.discretionBenchmark(),
                d.discretionReasons(), fine, null, false, false, List.of(), false, null, null,
                DecisionOutcome.NO_PENALTY, ground);
    }

    /** A general-procedure penalty of {@code fine}, decided (not major) and served. */
    static CaseScenario servedPenalty(String fine) {
        CaseScenario scenario = given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"), rightsNotified())
                .andRecorded(CaseFixtures.draft(new BigDecimal(fine)));
        String hash = scenario.state().draft().hash();
        return scenario.andRecorded(new CaseEvent.DecisionClassified(hash, false, "v1", List.of()))
                .andRecorded(CaseFixtures.issue())
                .andRecorded(new CaseEvent.DocumentServed("DECISION", "DIRECT", "张三", NOW));
    }

    @Nested
    class Simplified {

        CaseScenario onTheSpotCase(Party.Kind party) {
            return given(CaseFixtures.registered(CaseCategory.PENALTY, Procedure.SIMPLIFIED_PENALTY, party));
        }

        @Test
        @DisplayName("P-SIMPLE: a fine within the limit is decided on the spot and handed over at once")
        void smallFineOnTheSpot() {
            onTheSpotCase(Party.Kind.PERSON).when(onTheSpot(List.of(OnTheSpotPenalty.FINE), "200")).status(CaseStatus.SERVED);
        }

        @Test
        @DisplayName("P-SIMPLE: above 200 yuan for a citizen, above 3,000 for an organisation, it needs the general procedure")
        void limitsByPartyClass() {
            onTheSpotCase(Party.Kind.PERSON).whenRefused(onTheSpot(List.of(OnTheSpotPenalty.FINE), "200.01"), "P-SIMPLE");
            onTheSpotCase(Party.Kind.ORGANISATION).when(onTheSpot(List.of(OnTheSpotPenalty.FINE), "3000"));
            onTheSpotCase(Party.Kind.ORGANISATION).whenRefused(onTheSpot(List.of(OnTheSpotPenalty.FINE), "3001"), "P-SIMPLE");
            onTheSpotCase(Party.Kind.PERSON).whenRefused(onTheSpot(List.of(OnTheSpotPenalty.WARNING), "50"), "P-SIMPLE");
        }

        @Test
        @DisplayName("X-SEQ: no draft, review or hearing in the simplified procedure; the refusal names the procedure")
        void noDraftOnTheSpot() {
            RuleViolation refused = onTheSpotCase(Party.Kind.PERSON).whenRefused(CaseFixtures.draft(BigDecimal.TEN), "X-SEQ");
            assertEquals(Procedure.SIMPLIFIED_PENALTY, refused.facts().get("procedure"));
            assertTrue(refused.getMessage().contains("not a step of the SIMPLIFIED_PENALTY procedure"), refused.getMessage());
        }

        @Test
        @DisplayName("P-SIMPLE: a warning closes once filed; an unfiled decision keeps the case open")
        void filedBeforeClosing() {
            CaseScenario warned = onTheSpotCase(Party.Kind.PERSON).andRecorded(onTheSpot(List.of(OnTheSpotPenalty.WARNING), null));
            warned.whenRefused(new CaseEvent.CaseClosed("当场警告", NOW), "P-SIMPLE");
            warned.andRecorded(new OutcomeEvent.OnTheSpotDecisionFiled("法规科", NOW))
                    .when(new CaseEvent.CaseClosed("当场警告", NOW)).status(CaseStatus.CLOSED);
        }

        @Test
        @DisplayName("P-EXECUTE: an on-the-spot fine is executed by the bank's confirmation, then the case closes")
        void paidOnTheSpotFine() {
            onTheSpotCase(Party.Kind.PERSON).andRecorded(onTheSpot(List.of(OnTheSpotPenalty.FINE), "100"),
                            new OutcomeEvent.OnTheSpotDecisionFiled("法规科", NOW),
                            new ExecutionEvent.PaymentReceived(new BigDecimal("100"), "工行", "ICBC1", NOW))
                    .when(new CaseEvent.CaseClosed("已缴纳", NOW)).status(CaseStatus.CLOSED);
        }
    }

    @Nested
    class Outcomes {

        @Test
        @DisplayName("P-OUTCOME: a no-penalty decision is drafted from the investigation, served and closed, never executed")
        void noPenaltyDecision() {
            CaseScenario investigated = given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"));
            CaseScenario drafted = investigated.andRecorded(noPenaltyDraft(NoPenaltyGround.FIRST_MINOR_VIOLATION, null));
            String hash = drafted.state().draft().hash();
            CaseScenario served = drafted.andRecorded(new CaseEvent.DecisionClassified(hash, false, "v1", List.of()),
                    CaseFixtures.issue(), new CaseEvent.DocumentServed("DECISION", "DIRECT", "张三", NOW));
            assertEquals(Progress.Decided.Kind.NO_PENALTY, served.state().progress().decided().kind());
            served.whenRefused(new CaseEvent.DecisionExecuted("缴纳", BigDecimal.ONE, NOW), "X-SEQ");
            served.when(new CaseEvent.CaseClosed("不予处罚", NOW)).status(CaseStatus.CLOSED);
        }

        @Test
        @DisplayName("P-OUTCOME: a no-penalty draft states its ground and imposes nothing")
        void noPenaltyDraftIsConsistent() {
            CaseScenario investigated = given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"));
            investigated.whenRefused(noPenaltyDraft(null, null), "P-OUTCOME");
            investigated.whenRefused(noPenaltyDraft(NoPenaltyGround.NO_FAULT, new BigDecimal("500")), "P-OUTCOME");
        }

        @Test
        @DisplayName("X-SEQ: a penalty is still drafted only after the party's rights are notified")
        void penaltyNeedsNotice() {
            given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"))
                    .whenRefused(CaseFixtures.draft(BigDecimal.TEN), "X-SEQ");
        }

        @Test
        @DisplayName("P-APPROVE: a case is withdrawn only with the head's approval, never the officer's own")
        void withdrawalNeedsApproval() {
            CaseScenario investigated = given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"));
            investigated.whenRefused(new OutcomeEvent.CaseWithdrawn("不属管辖", null, NOW), "P-APPROVE");
            investigated.whenRefused(new OutcomeEvent.CaseWithdrawn("不属管辖",
                    new Approval("officer-HB-0003", "局长", "表1", NOW), NOW), "P-APPROVE");
            investigated.when(new OutcomeEvent.CaseWithdrawn("不属管辖", HEAD, NOW)).status(CaseStatus.CLOSED);
        }

        @Test
        @DisplayName("P-OUTCOME: a transfer to another agency is recorded as such, then the case closes")
        void transferToAgency() {
            given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"))
                    .andRecorded(new CaseEvent.CaseTransferred("某区市场监管局", "不属本机关管辖", NOW,
                            CaseEvent.CaseTransferred.Recipient.AGENCY))
                    .when(new CaseEvent.CaseClosed("已移送", NOW)).status(CaseStatus.CLOSED);
        }
    }

    @Nested
    class Defence {

        CaseScenario notified() {
            return given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"), rightsNotified());
        }

        @Test
        @DisplayName("P-DEFENCE: a statement is re-checked before the decision is drafted; a waiver needs no re-check")
        void statementIsReChecked() {
            CaseScenario stated = notified().andRecorded(new DefenceEvent.StatementAndDefenceRecorded(false, "初次违法", NOW));
            stated.whenRefused(CaseFixtures.draft(BigDecimal.TEN), "P-DEFENCE");
            stated.andRecorded(new DefenceEvent.DefenceReChecked(true, "采纳", NOW))
                    .when(CaseFixtures.draft(BigDecimal.TEN)).status(CaseStatus.DECISION_DRAFTED);
            notified().andRecorded(new DefenceEvent.StatementAndDefenceRecorded(true, null, NOW))
                    .when(CaseFixtures.draft(BigDecimal.TEN)).status(CaseStatus.DECISION_DRAFTED);
        }

        @Test
        @DisplayName("P-DEFENCE: a recusal is decided with the head's approval")
        void recusalNeedsApproval() {
            notified().whenRefused(new DefenceEvent.RecusalDecided("当事人", "HB-0001", false, "无利害关系", null), "P-APPROVE");
            notified().when(new DefenceEvent.RecusalDecided("当事人", "HB-0001", false, "无利害关系", HEAD));
        }

        @Test
        @DisplayName("P-HEARING: notified at least 7 days ahead, hosted by someone who did not investigate (X-SEPARATE)")
        void hearingNoticeAndHost() {
            CaseScenario requested = notified().andRecorded(new CaseEvent.HearingRequested("张三", NOW));
            requested.whenRefused(new DefenceEvent.HearingNotified(NOW.plusDays(6), "听证室", true, "HB-0003", NOW), "P-HEARING");
            requested.whenRefused(new DefenceEvent.HearingNotified(NOW.plusDays(7), "听证室", true, "HB-0001", NOW), "X-SEPARATE");
            requested.when(new DefenceEvent.HearingNotified(NOW.plusDays(7), "听证室", true, "HB-0003", NOW));
            requested.whenRefused(new CaseEvent.HearingHeld(NOW, "王五", List.of("张三"), "听证", "HB-0002"), "X-SEPARATE");
        }

        @Test
        @DisplayName("P-HEARING: a hearing is requested within 5 working days of the notice, on the official calendar")
        void hearingRequestedInTime() {
            // notified 2026-09-29: 09-30, 10-08, 10-09, Saturday 10-10 (a working day) and 10-12 are the five days
            notified().when(new CaseEvent.HearingRequested("张三", java.time.OffsetDateTime.parse("2026-10-12T17:00:00+08:00")))
                    .status(CaseStatus.HEARING);
            notified().whenRefused(new CaseEvent.HearingRequested("张三",
                    java.time.OffsetDateTime.parse("2026-10-13T09:00:00+08:00")), "P-HEARING");
        }

        @Test
        @DisplayName("P-HEARING: a no-show counts as waiver and the case continues to its decision")
        void noShowIsWaiver() {
            notified().andRecorded(new CaseEvent.HearingRequested("张三", NOW),
                            new DefenceEvent.HearingWaived(HearingWaiver.NO_SHOW, NOW))
                    .when(CaseFixtures.draft(BigDecimal.TEN)).status(CaseStatus.DECISION_DRAFTED);
        }

        @Test
        @DisplayName("P-TIME: the decision is due 90 days after registration; an approved extension moves it later")
        void decisionTimeLimit() {
            CaseScenario investigated = given(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"));
            LocalDate due = investigated.state().progress().decisionDue();
            assertEquals(LocalDate.of(2026, 9, 29).plusDays(90), due);
            investigated.whenRefused(new DefenceEvent.TimeLimitExtended(DefenceEvent.TimeLimit.DECISION, due.plusDays(30),
                    "案情复杂", null), "P-APPROVE");
            investigated.whenRefused(new DefenceEvent.TimeLimitExtended(DefenceEvent.TimeLimit.DECISION, due,
                    "案情复杂", HEAD), "P-TIME");
            assertEquals(due.plusDays(30), investigated.when(new DefenceEvent.TimeLimitExtended(
                    DefenceEvent.TimeLimit.DECISION, due.plusDays(30), "案情复杂", HEAD)).state().progress().decisionDue());
        }
    }

    @Nested
    class Execution {

        @Test
        @DisplayName("P-EXECUTE: 3% a day past the date to pay by, computed by the server, never more than the fine")
        void lateSurcharge() {
            CaseScenario noticed = servedPenalty("1000").andRecorded(new ExecutionEvent.PaymentNoticeIssued(
                    new BigDecimal("1000"), LocalDate.of(2026, 10, 14), "工行", "0402", NOW));
            var ten = noticed.when(new ExecutionEvent.LatePaymentSurchargeAssessed(10, null, LocalDate.of(2026, 10, 24)));
            assertEquals(0, new BigDecimal("300").compareTo(((ExecutionEvent.LatePaymentSurchargeAssessed) ten.recorded()).amount()));
            noticed.whenRefused(new ExecutionEvent.LatePaymentSurchargeAssessed(11, null, LocalDate.of(2026, 10, 24)), "P-EXECUTE");
            noticed.whenRefused(new ExecutionEvent.LatePaymentSurchargeAssessed(10, new BigDecimal("250"),
                    LocalDate.of(2026, 10, 24)), "P-EXECUTE");
            var forty = noticed.when(new ExecutionEvent.LatePaymentSurchargeAssessed(40, null, LocalDate.of(2026, 11, 23)));
            assertEquals(0, new BigDecimal("1000").compareTo(((ExecutionEvent.LatePaymentSurchargeAssessed) forty.recorded()).amount()));
        }

        @Test
        @DisplayName("P-EXECUTE: the bank confirms no more than is owed; paid in full, the decision is executed")
        void paidInFull() {
            CaseScenario served = servedPenalty("1000");
            served.whenRefused(new ExecutionEvent.PaymentReceived(new BigDecimal("1000.01"), "工行", "R1", NOW), "P-EXECUTE");
            CaseScenario part = served.andRecorded(new ExecutionEvent.PaymentReceived(new BigDecimal("400"), "工行", "R1", NOW));
            assertEquals(CaseStatus.SERVED, part.state().status());
            part.when(new ExecutionEvent.PaymentReceived(new BigDecimal("600"), "工行", "R2", NOW)).status(CaseStatus.EXECUTED);
        }

        @Test
        @DisplayName("P-EXECUTE: unpaid, enforced by the court, then closed; deferral needs approval")
        void enforcedByCourt() {
            CaseScenario served = servedPenalty("1000");
            served.whenRefused(new ExecutionEvent.PaymentDeferred(ExecutionEvent.PaymentArrangement.DEFERRAL, null,
                    LocalDate.of(2026, 12, 1), null), "P-APPROVE");
            served.whenRefused(new CaseEvent.CaseClosed("未缴纳", NOW), "X-SEQ");
            served.andRecorded(new ExecutionEvent.CourtEnforcementApplied("长安区人民法院", LocalDate.of(2026, 12, 1)))
                    .andRecorded(new ExecutionEvent.CourtEnforcementConcluded(CourtOutcome.ENFORCED, new BigDecimal("1000"),
                            LocalDate.of(2027, 1, 15)))
                    .when(new CaseEvent.CaseClosed("法院强制执行完毕", NOW)).status(CaseStatus.CLOSED);
        }
    }

    @Nested
    class Redecision {

        @Test
        @DisplayName("P-REDECIDE: after a revocation the case takes a new draft and decision; the earlier one stays")
        void redecidedAfterRevocation() {
            CaseScenario revoked = servedPenalty("1000").andRecorded(new CaseEvent.DecisionRevoked("复议撤销", "市政府",
                    LocalDate.of(2026, 11, 1)));
            CaseState redrafted = revoked.when(CaseFixtures.draft(new BigDecimal("500"))).status(CaseStatus.DECISION_DRAFTED).state();
            assertEquals("石人社监罚〔2026〕5号", redrafted.progress().earlierDecisions().get(0).documentNumber());
        }

        @Test
        @DisplayName("P-REDECIDE: a changed decision is decided again too")
        void redecidedAfterChange() {
            servedPenalty("1000").andRecorded(new OutcomeEvent.DecisionChanged("变更罚款数额", "市政府", LocalDate.of(2026, 11, 1)))
                    .when(CaseFixtures.draft(new BigDecimal("500"))).status(CaseStatus.DECISION_DRAFTED);
        }
    }
    @Nested
    class Licensing {

        CaseScenario applied() {
            return given(CaseFixtures.registered(CaseCategory.LICENSING, Procedure.LICENSING, Party.Kind.ORGANISATION));
        }

        static final LicensingEvent.LicenceDecided GRANTED = new LicensingEvent.LicenceDecided(true, "JY113010200001",
                LicensingEvent.LicenceKind.GENERAL, LocalDate.of(2026, 10, 20), LocalDate.of(2031, 10, 19), null,
                LocalDate.of(2026, 10, 20));

        @Test
        @DisplayName("P-LICENSE: corrected once, accepted with 20 working days to decide, granted, certificate, renewal")
        void applicationToRenewal() {
            CaseScenario corrected = applied().andRecorded(new LicensingEvent.CorrectionRequested(List.of("场所平面图"), NOW));
            corrected.whenRefused(new LicensingEvent.CorrectionRequested(List.of("营业执照"), NOW), "P-LICENSE");
            CaseScenario accepted = corrected.andRecorded(new LicensingEvent.CorrectionSupplied(NOW))
                    .andRecorded(new LicensingEvent.ApplicationHandled(LicensingEvent.Acceptance.ACCEPTED, null, NOW, null));
            // 2026-09-29 + 20 working days, across the National Day holiday (10-01 to 10-07 off, Saturday 10-10 worked)
            assertEquals(LocalDate.of(2026, 11, 2), accepted.state().progress().decisionDue());
            assertEquals(CaseStatus.INVESTIGATING, accepted.state().status());
            CaseScenario issued = accepted.andRecorded(GRANTED,
                    new LicensingEvent.LicenceCertificateIssued("JY113010200001", LocalDate.of(2026, 10, 22)));
            assertEquals(CaseStatus.SERVED, issued.state().status());
            CaseState renewed = issued.when(new LicensingEvent.LicenceAltered(LicensingEvent.LicenceChange.RENEWED,
                    LocalDate.of(2036, 10, 19), "延续", LocalDate.of(2031, 10, 1))).state();
            assertEquals(LocalDate.of(2036, 10, 19), renewed.progress().licence().validTo());
        }

        @Test
        @DisplayName("L-GATE, X-SEPARATE: a drafted licence decision waits for legal review, and no examiner makes it")
        void draftedLicenceIsGated() {
            CaseScenario drafted = given(CaseFixtures.registered(CaseCategory.LICENSING, Procedure.LICENSING, Party.Kind.ORGANISATION),
                    new LicensingEvent.ApplicationHandled(LicensingEvent.Acceptance.ACCEPTED, null, NOW, null),
                    investigation("HB-0001", "HB-0002")).andRecorded(CaseFixtures.draft(null));
            drafted.whenRefused(GRANTED, "L-GATE");
            String hash = drafted.state().draft().hash();
            CaseScenario classified = drafted.andRecorded(new CaseEvent.DecisionClassified(hash, false, "v1", List.of()));
            classified.by(by("HB-0001")).whenRefused(GRANTED, "X-SEPARATE");
            classified.by(by("HB-0003")).when(GRANTED).status(CaseStatus.DECIDED);
        }

        @Test
        @DisplayName("P-LICENSE: a correction is asked for once; a second is refused as such")
        void correctionOnce() {
            CaseScenario stillMissing = applied().andRecorded(new LicensingEvent.CorrectionRequested(List.of("场所平面图"), NOW),
                    new LicensingEvent.CorrectionSupplied(NOW));
            stillMissing.whenRefused(new LicensingEvent.CorrectionRequested(List.of("营业执照"), NOW), "P-LICENSE");
        }

        @Test
        @DisplayName("P-LICENSE: not accepted or refused, with reasons; the case then closes")
        void notAcceptedOrRefused() {
            applied().whenRefused(new LicensingEvent.ApplicationHandled(LicensingEvent.Acceptance.NOT_ACCEPTED, null, NOW, null), "P-LICENSE");
            applied().andRecorded(new LicensingEvent.ApplicationHandled(LicensingEvent.Acceptance.NOT_ACCEPTED, "不属本机关职权", NOW, null))
                    .when(new CaseEvent.CaseClosed("不予受理", NOW)).status(CaseStatus.CLOSED);
            CaseScenario accepted = applied().andRecorded(new LicensingEvent.ApplicationHandled(
                    LicensingEvent.Acceptance.ACCEPTED, null, NOW, null));
            accepted.whenRefused(new LicensingEvent.LicenceDecided(false, null, null, null, null, " ", LocalDate.of(2026, 10, 20)), "P-LICENSE");
            accepted.andRecorded(new LicensingEvent.LicenceDecided(false, null, null, null, null, "条件不符", LocalDate.of(2026, 10, 20)))
                    .when(new CaseEvent.CaseClosed("不予许可", NOW)).status(CaseStatus.CLOSED);
        }
    }

    @Nested
    class Coercion {

        CaseScenario coercion() {
            return given(CaseFixtures.registered(CaseCategory.PENALTY, Procedure.GENERAL_PENALTY, Party.Kind.ORGANISATION));
        }

        CoercionEvent.PropertySealed seizure(LocalDate until, Approval approval) {
            return new CoercionEvent.PropertySealed(CoercionEvent.SealingMeasure.SEIZURE, List.of("过期食品 120 箱"),
                    List.of("HB-0001", "HB-0002"), LocalDate.of(2026, 9, 29), until, approval);
        }

        @Test
        @DisplayName("P-COERCE: a seizure lasts at most 30 days, extended once by 30 with approval, and ends before closing")
        void seizureLimits() {
            coercion().whenRefused(seizure(LocalDate.of(2026, 10, 30), HEAD), "P-COERCE");
            coercion().whenRefused(seizure(LocalDate.of(2026, 10, 29), null), "P-APPROVE");
            CaseScenario seized = coercion().andRecorded(seizure(LocalDate.of(2026, 10, 29), HEAD));
            seized.whenRefused(new CoercionEvent.SealingExtended(LocalDate.of(2026, 11, 29), "检验", HEAD), "P-COERCE");
            CaseScenario extended = seized.andRecorded(new CoercionEvent.SealingExtended(LocalDate.of(2026, 11, 28), "检验", HEAD));
            extended.whenRefused(new CoercionEvent.SealingExtended(LocalDate.of(2026, 12, 10), "再延", HEAD), "X-SEQ");
        }

        @Test
        @DisplayName("P-COERCE: coercive execution only after a demand with 10 days to comply has lapsed")
        void demandThenExecution() {
            CaseScenario served = servedPenalty("1000");
            served.whenRefused(new CoercionEvent.ExecutionDemanded("缴纳罚款", NOW, LocalDate.of(2026, 10, 8)), "P-COERCE");
            CaseScenario demanded = served.andRecorded(new CoercionEvent.ExecutionDemanded("缴纳罚款", NOW, LocalDate.of(2026, 10, 9)));
            demanded.whenRefused(new CoercionEvent.CoerciveExecutionCarriedOut(CoercionEvent.ExecutedBy.AGENCY, "划拨",
                    NOW.plusDays(10)), "P-COERCE");
            demanded.when(new CoercionEvent.CoerciveExecutionCarriedOut(CoercionEvent.ExecutedBy.SUBSTITUTE, "代履行",
                    NOW.plusDays(11))).status(CaseStatus.EXECUTED);
        }
    }

    @Test
    @DisplayName("P-INSPECT: an inspection records its items, subject and result before it closes")
    void inspectionResult() {
        CaseScenario inspecting = given(CaseFixtures.registered(CaseCategory.INSPECTION, Procedure.INSPECTION, Party.Kind.ORGANISATION),
                investigation("HB-0001", "HB-0004"));
        inspecting.whenRefused(new CaseEvent.CaseClosed("检查结束", NOW), "P-INSPECT");
        inspecting.andRecorded(new InspectionEvent.InspectionConcluded("某公司", List.of("健康证明"),
                        InspectionEvent.InspectionResult.COMPLIANT, "未发现问题", java.util.UUID.randomUUID(), NOW))
                .when(new CaseEvent.CaseClosed("检查结束", NOW)).status(CaseStatus.CLOSED);
    }
}
