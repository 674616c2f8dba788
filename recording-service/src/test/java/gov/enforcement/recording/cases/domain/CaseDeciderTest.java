package gov.enforcement.recording.cases.domain;

import gov.enforcement.recording.cases.web.RuleViolationMapper;
import gov.enforcement.platform.problem.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static gov.enforcement.recording.cases.domain.CaseFixtures.by;
import static gov.enforcement.recording.cases.domain.CaseFixtures.draft;
import static gov.enforcement.recording.cases.domain.CaseFixtures.drafted;
import static gov.enforcement.recording.cases.domain.CaseFixtures.investigation;
import static gov.enforcement.recording.cases.domain.CaseFixtures.issue;
import static gov.enforcement.recording.cases.domain.CaseFixtures.registered;
import static gov.enforcement.recording.cases.domain.CaseFixtures.rightsNotified;
import static gov.enforcement.recording.cases.domain.CaseFixtures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseDeciderTest {

    static final BigDecimal BIG_FINE = new BigDecimal("200000");

    static ProblemException refused(Runnable decision) {
        return RuleViolationMapper.asProblem(assertThrows(RuleViolation.class, decision::run));
    }

    @Test
    @DisplayName("X-SEQ: a decision cannot be drafted before the party was told their rights; the error names state and next steps")
    void stepsOnlyMoveForward() {
        CaseState investigated = CaseDecider.fold(List.of(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002")));
        ProblemException e = refused(() -> CaseDecider.decideStep(draft(BIG_FINE), investigated, by("HB-0001")));
        assertEquals("X-SEQ", e.rule());
        assertEquals(CaseStatus.INVESTIGATING, e.toProblem("/").extensions().get("currentState"));
        assertTrue(((List<?>) e.toProblem("/").extensions().get("allowedNext")).contains("RightsNotified"));
        assertEquals(422, e.status());
    }

    @Test
    @DisplayName("X-SEQ, P-INSPECT: an inspection closes on its result without a decision; a penalty may not")
    void inspectionsMayCloseEarly() {
        CaseEvent.CaseClosed closed = new CaseEvent.CaseClosed("检查未发现违法行为", CaseFixtures.NOW);
        CaseState inspected = CaseDecider.fold(List.of(registered(CaseCategory.INSPECTION), investigation("HB-0001", "HB-0004")));
        assertEquals("P-INSPECT", refused(() -> CaseDecider.decideStep(closed, inspected, by("HB-0001"))).rule());
        CaseState inspection = CaseDecider.evolve(inspected, new InspectionEvent.InspectionConcluded("某公司",
                List.of("健康证明"), InspectionEvent.InspectionResult.COMPLIANT, "未发现问题", null, CaseFixtures.NOW));
        assertEquals(CaseStatus.CLOSED, CaseDecider.evolve(inspection, CaseDecider.decideStep(closed, inspection, by("HB-0001"))).status());
        CaseState penalty = CaseDecider.fold(List.of(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002")));
        assertEquals("X-SEQ", refused(() -> CaseDecider.decideStep(closed, penalty, by("HB-0001"))).rule());
    }

    @Test
    @DisplayName("X-TWO: investigation needs two officers with certificates valid for the category, agency and date")
    void twoQualifiedOfficers() {
        CaseState state = CaseDecider.fold(List.of(registered(CaseCategory.PENALTY)));
        assertEquals("X-TWO", refused(() -> CaseDecider.decideStep(investigation("HB-0001"), state, by("HB-0001"))).rule());
        assertEquals("X-TWO", refused(() -> CaseDecider.decideStep(investigation("HB-0001", "HB-0001"), state, by("HB-0001"))).rule(),
                "the same officer twice is one officer");
        assertEquals("X-TWO", refused(() -> CaseDecider.decideStep(investigation("HB-0001", "HB-0004"), state, by("HB-0001"))).rule(),
                "HB-0004 holds no penalty certificate");
        assertEquals("X-TWO", refused(() -> CaseDecider.decideStep(investigation("HB-0001", "HB-0005"), state, by("HB-0001"))).rule(),
                "HB-0005's certificate expired");
        assertEquals("X-TWO", refused(() -> CaseDecider.decideStep(investigation("HB-0001", "SJ-0009"), state, by("HB-0001"))).rule(),
                "SJ-0009 belongs to another agency");
        assertEquals(CaseStatus.INVESTIGATING, CaseDecider.evolve(state,
                CaseDecider.decideStep(investigation("HB-0001", "HB-0003"), state, by("HB-0001"))).status());
    }

    @Test
    @DisplayName("R-TEXT: a drafted decision must state the discretion benchmark applied and the reasons")
    void draftsCarryDiscretion() {
        CaseState notified = CaseDecider.fold(List.of(registered(CaseCategory.PENALTY), investigation("HB-0001", "HB-0002"), rightsNotified()));
        CaseEvent.DecisionDrafted noReasons = new CaseEvent.DecisionDrafted(0, "FINE", "事实", "依据", "第3档", " ",
                BIG_FINE, null, false, false, List.of(), false, null);
        ProblemException e = refused(() -> CaseDecider.decideStep(noReasons, notified, by("HB-0001")));
        assertEquals("R-TEXT", e.rule());
        assertEquals("discretionReasons", e.toProblem("/").errors().get(0).field());
    }

    @Test
    @DisplayName("L-GATE: the server numbers each draft and hashes exactly its text")
    void draftsAreHashed() {
        CaseState first = drafted(BIG_FINE);
        assertEquals(1, first.draft().revision());
        assertEquals(64, first.draft().hash().length());
        CaseEvent second = CaseDecider.decideStep(draft(new BigDecimal("150000")), first, by("HB-0001"));
        CaseState redrafted = CaseDecider.evolve(first, second);
        assertEquals(2, redrafted.draft().revision());
        assertTrue(!first.draft().hash().equals(redrafted.draft().hash()));
        assertEquals(null, redrafted.draft().major(), "a new draft needs its own classification");
    }

    @Test
    @DisplayName("L-GATE: an unclassified draft cannot be issued")
    void unclassifiedDraftIsRefused() {
        ProblemException e = refused(() -> CaseDecider.decideStep(issue(), drafted(BIG_FINE), by("HB-0003")));
        assertEquals("L-GATE", e.rule());
        assertTrue(e.getMessage().contains("DecisionClassified"), e.getMessage());
    }

    @Test
    @DisplayName("L-GATE: a major draft needs an approving opinion and a collective discussion for its own hash")
    void majorDraftNeedsReviewAndDiscussion() {
        CaseState state = drafted(BIG_FINE);
        String hash = state.draft().hash();
        CaseState classified = then(state, new CaseEvent.DecisionClassified(hash, true, "2026.1", List.of("FINE_ABOVE_THRESHOLD")));
        ProblemException missingBoth = refused(() -> CaseDecider.decideStep(issue(), classified, by("HB-0003")));
        assertEquals(List.of("no approving ReviewOpinionGiven for this draft", "no CollectiveDiscussionHeld for this draft"),
                missingBoth.toProblem("/").extensions().get("missing"));

        CaseState returned = then(classified, opinion(hash, "RETURN"));
        assertTrue(refused(() -> CaseDecider.decideStep(issue(), returned, by("HB-0003"))).getMessage().contains("returned"));

        CaseState approvedOnly = then(returned, opinion(hash, "APPROVE"));
        assertEquals("L-GATE", refused(() -> CaseDecider.decideStep(issue(), approvedOnly, by("HB-0003"))).rule());

        CaseState ready = then(approvedOnly, new CaseEvent.CollectiveDiscussionHeld(hash, CaseFixtures.NOW.toLocalDate(),
                List.of("局长", "副局长", "法规科科长"), "APPROVED"));
        CaseEvent.DecisionIssued issued = (CaseEvent.DecisionIssued) CaseDecider.decideStep(issue(), ready, by("HB-0003"));
        assertEquals(hash, issued.draftHash());
        assertEquals(CaseStatus.DECIDED, CaseDecider.evolve(ready, issued).status());
    }

    @Test
    @DisplayName("L-GATE: an approval of an earlier draft does not open the gate for a revised one")
    void approvalIsForOneHashOnly() {
        CaseState state = drafted(BIG_FINE);
        String oldHash = state.draft().hash();
        CaseState approvedOld = then(state, new CaseEvent.DecisionClassified(oldHash, true, "2026.1", List.of()),
                opinion(oldHash, "APPROVE"), new CaseEvent.CollectiveDiscussionHeld(oldHash, null, List.of(), "APPROVED"));
        CaseState revised = CaseDecider.evolve(approvedOld, CaseDecider.decideStep(draft(new BigDecimal("180000")), approvedOld, by("HB-0001")));
        String newHash = revised.draft().hash();
        CaseState classifiedNew = then(revised, new CaseEvent.DecisionClassified(newHash, true, "2026.1", List.of()));
        assertEquals("L-GATE", refused(() -> CaseDecider.decideStep(issue(), classifiedNew, by("HB-0003"))).rule());
        ProblemException stale = refused(() -> CaseDecider.decideStep(
                new CaseEvent.DecisionIssued("号", oldHash, null), classifiedNew, by("HB-0003")));
        assertEquals("L-GATE", stale.rule());
    }

    @Test
    @DisplayName("L-GATE: a draft classified not major issues at once")
    void minorDraftIssuesAtOnce() {
        CaseState state = drafted(new BigDecimal("2000"));
        CaseState classified = then(state, new CaseEvent.DecisionClassified(state.draft().hash(), false, "2026.1", List.of()));
        assertNotNull(CaseDecider.decideStep(issue(), classified, by("HB-0003")));
    }

    @Test
    @DisplayName("X-SEPARATE: an officer who investigated the case may not decide it")
    void investigatorsMayNotDecide() {
        CaseState state = drafted(new BigDecimal("2000"));
        CaseState classified = then(state, new CaseEvent.DecisionClassified(state.draft().hash(), false, "2026.1", List.of()));
        assertEquals("X-SEPARATE", refused(() -> CaseDecider.decideStep(issue(), classified, by("HB-0002"))).rule());
    }

    @Test
    @DisplayName("X-INTERFERE: interference can be recorded in any state, even after archiving")
    void interferenceAlwaysRecordable() {
        CaseEvent.InterferenceRecorded interference = new CaseEvent.InterferenceRecorded("某领导", "副区长",
                "电话询问案件进展并要求从轻", CaseFixtures.NOW);
        CaseState registered = CaseDecider.fold(List.of(registered(CaseCategory.PENALTY)));
        assertNotNull(CaseDecider.decideStep(interference, registered, by("HB-0001")));
        assertTrue(Procedures.permits(registered.next(CaseStatus.ARCHIVED), CaseEvent.InterferenceRecorded.class));
    }

    @Test
    @DisplayName("facts from legal review and disclosure cannot be appended by an officer")
    void reviewFactsAreNotAppendedByHand() {
        CaseState state = drafted(BIG_FINE);
        ProblemException e = refused(() -> CaseDecider.decideStep(
                new CaseEvent.DecisionClassified(state.draft().hash(), false, "x", List.of()), state, by("HB-0001")));
        assertEquals(400, e.status());
    }

    @Test
    @DisplayName("R-AV-REQUIRED: an on-site inspection without its audio-visual record is flagged and, by policy, blocks closing")
    void missingAudioVisualBlocksClosing() {
        AudioVisualCatalogue catalogue = AudioVisualCatalogue.parse("InvestigationRecorded:ON_SITE_INSPECTION,HearingHeld");
        CaseEvent.InvestigationRecorded onSite = new CaseEvent.InvestigationRecorded("ON_SITE_INSPECTION",
                List.of("HB-0001", "HB-0004"), "工地", CaseFixtures.NOW, CaseFixtures.NOW, "现场检查");
        CaseState inspected = CaseDecider.fold(List.of(registered(CaseCategory.INSPECTION), onSite,
                new InspectionEvent.InspectionConcluded("工地", List.of("安全防护"), InspectionEvent.InspectionResult.COMPLIANT,
                        "未发现问题", null, CaseFixtures.NOW)));
        assertEquals(List.of("InvestigationRecorded"), catalogue.missing(inspected));
        CaseEvent.CaseClosed closed = new CaseEvent.CaseClosed("检查结束", CaseFixtures.NOW);
        StepContext strict = new StepContext(by("HB-0001").actor(), CaseFixtures.NOW, CaseFixtures.OFFICERS,
                java.time.ZoneId.of("Asia/Shanghai"), catalogue, true);
        ProblemException e = refused(() -> CaseDecider.decideStep(closed, inspected, strict));
        assertEquals("R-AV-REQUIRED", e.rule());

        CaseState recorded = then(inspected, new CaseEvent.AudioVisualRecorded(java.util.UUID.randomUUID(), "BODY_CAMERA",
                "DSJ-01", "HB-0001", "InvestigationRecorded", CaseFixtures.NOW, CaseFixtures.NOW, "工地",
                "a".repeat(64), 1024L, "video/mp4"));
        assertEquals(List.of(), catalogue.missing(recorded));
        assertNotNull(CaseDecider.decideStep(closed, recorded, strict));
        StepContext lenient = new StepContext(by("HB-0001").actor(), CaseFixtures.NOW, CaseFixtures.OFFICERS,
                java.time.ZoneId.of("Asia/Shanghai"), catalogue, false);
        assertNotNull(CaseDecider.decideStep(closed, inspected, lenient), "without the policy it is only flagged");
    }

    @Test
    @DisplayName("R-AV-REQUIRED per occurrence: a record covers the latest occurrence of its step, or the next when none yet")
    void audioVisualCoversEachOccurrence() {
        AudioVisualCatalogue catalogue = AudioVisualCatalogue.parse("InvestigationRecorded:ON_SITE_INSPECTION");
        CaseEvent.InvestigationRecorded onSite = new CaseEvent.InvestigationRecorded("ON_SITE_INSPECTION",
                List.of("HB-0001", "HB-0004"), "工地", CaseFixtures.NOW, CaseFixtures.NOW, "现场检查");
        CaseEvent.AudioVisualRecorded photo = new CaseEvent.AudioVisualRecorded(java.util.UUID.randomUUID(), "PHOTO",
                "DSJ-01", "HB-0001", "InvestigationRecorded", CaseFixtures.NOW, null, "工地", "a".repeat(64), 1L, "image/jpeg");
        CaseState first = CaseDecider.fold(List.of(registered(CaseCategory.INSPECTION), onSite, photo, photo));
        assertEquals(List.of(), catalogue.missing(first));
        assertEquals(List.of("InvestigationRecorded"), catalogue.missing(then(first, onSite)),
                "two photos of the first inspection do not cover the second");
        assertEquals(List.of(), catalogue.missing(CaseDecider.fold(List.of(registered(CaseCategory.INSPECTION), photo, onSite))),
                "a record made before any occurrence covers the first");
        assertEquals(List.of("InvestigationRecorded"), catalogue.missing(then(then(then(first, onSite), onSite), photo)),
                "the middle inspection stays uncovered");
    }

    @Test
    @DisplayName("R-AV-REQUIRED: every step of a coercive measure needs audio-visual recording when the catalogue says COERCION:*")
    void coercionNeedsFullProcessRecording() {
        AudioVisualCatalogue catalogue = AudioVisualCatalogue.parse("COERCION:*");
        assertTrue(catalogue.requires(CaseCategory.COERCION, "EvidenceRecorded", "PHYSICAL"));
        assertTrue(!catalogue.requires(CaseCategory.PENALTY, "EvidenceRecorded", "PHYSICAL"));
    }

    static CaseEvent.ReviewOpinionGiven opinion(String hash, String outcome) {
        return new CaseEvent.ReviewOpinionGiven(java.util.UUID.randomUUID(), hash, outcome, List.of(),
                "RETURN".equals(outcome) ? "事实认定依据不足" : null, "reviewer-1", null);
    }
}
