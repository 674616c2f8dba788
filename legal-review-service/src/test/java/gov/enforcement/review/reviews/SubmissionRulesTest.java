package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.security.Caller;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Given a review, when the undertaking unit submits or the reviewer asks for more, then accepted or refused. */
class SubmissionRulesTest {

    static final Caller OFFICER = new Caller("officer-HB-9901", Set.of("officer"), "11130100MB12345671", "HB-9901");
    static final Caller ZHAO = ReviewRulesTest.ZHAO;
    static final List<String> REQUIRED = List.of("DECISION_DRAFT", "INVESTIGATION_REPORT", "EVIDENCE_LIST");
    static final List<RaisedProblem> HEARING_MISSING = List.of(new RaisedProblem(1, "缺少听证笔录"),
            new RaisedProblem(2, "证据目录不全"));

    static Review opened() {
        return ReviewRulesTest.unsubmitted(ReviewStatus.OPEN, null);
    }

    static Review pausedWithReviewer() {
        return ReviewRulesTest.review(ReviewStatus.ASSIGNED, "reviewer-zhao").pausedOn(LocalDate.of(2026, 10, 9));
    }

    private static ProblemException refused(Executable executable) {
        return assertThrows(ProblemException.class, executable);
    }

    private static void assertRefused(ProblemException problem, int status, String rule, String field) {
        assertEquals(status, problem.status(), problem.getMessage());
        assertEquals(rule, problem.rule());
        assertEquals(field, problem.toProblem("/").errors().get(0).field());
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: a first submission with the required materials and the declaration is accepted, materials in order")
    void firstSubmission() {
        SubmissionRules.Accepted accepted = SubmissionRules.submit(opened(), OFFICER,
                new Requests.Submission(List.of("EVIDENCE_LIST", "DECISION_DRAFT", "INVESTIGATION_REPORT", "HEARING_RECORD"),
                        true, null), List.of());
        assertEquals(List.of(Material.EVIDENCE_LIST, Material.DECISION_DRAFT, Material.INVESTIGATION_REPORT,
                Material.HEARING_RECORD), accepted.materials());
        assertEquals(List.of(), accepted.answers());
        assertEquals(false, accepted.resumed());
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: without the declaration of truth and completeness the submission is 422 naming declaration")
    void declarationRequired() {
        assertRefused(refused(() -> SubmissionRules.submit(opened(), OFFICER, new Requests.Submission(REQUIRED, false, null),
                List.of())), 422, "L-RESPONSIBILITY", "declaration");
        assertRefused(refused(() -> SubmissionRules.submit(opened(), OFFICER, new Requests.Submission(REQUIRED, null, null),
                List.of())), 422, "L-RESPONSIBILITY", "declaration");
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: materials are coded, listed once, and include the draft, the report and the evidence list")
    void materialsChecked() {
        assertRefused(refused(() -> SubmissionRules.submit(opened(), OFFICER, new Requests.Submission(List.of(), true, null),
                List.of())), 422, "L-RESPONSIBILITY", "materials");
        assertRefused(refused(() -> SubmissionRules.submit(opened(), OFFICER, new Requests.Submission(
                List.of("DECISION_DRAFT", "调查报告"), true, null), List.of())), 422, "L-RESPONSIBILITY", "materials[1]");
        assertRefused(refused(() -> SubmissionRules.submit(opened(), OFFICER, new Requests.Submission(
                List.of("DECISION_DRAFT", "DECISION_DRAFT"), true, null), List.of())), 422, "L-RESPONSIBILITY", "materials[1]");
        ProblemException missing = refused(() -> SubmissionRules.submit(opened(), OFFICER, new Requests.Submission(
                List.of("DECISION_DRAFT", "EVIDENCE_LIST"), true, null), List.of()));
        assertRefused(missing, 422, "L-RESPONSIBILITY", "materials");
        assertTrue(missing.getMessage().contains("INVESTIGATION_REPORT"), missing.getMessage());
    }

    @Test
    @DisplayName("L-OPINION: every raised problem is answered on resubmission, else 422 naming the problem")
    void everyProblemAnswered() {
        ProblemException unanswered = refused(() -> SubmissionRules.submit(pausedWithReviewer(), OFFICER,
                new Requests.Submission(REQUIRED, true, List.of(new Requests.ProblemAnswer(1, "已补充听证笔录"))), HEARING_MISSING));
        assertRefused(unanswered, 422, "L-OPINION", "answers");
        assertTrue(unanswered.getMessage().contains("problem 2 (证据目录不全)"), unanswered.getMessage());
        assertRefused(refused(() -> SubmissionRules.submit(pausedWithReviewer(), OFFICER, new Requests.Submission(REQUIRED, true,
                List.of(new Requests.ProblemAnswer(1, "x"), new Requests.ProblemAnswer(2, " "))), HEARING_MISSING)),
                422, "L-OPINION", "answers[1].answer");
        assertRefused(refused(() -> SubmissionRules.submit(pausedWithReviewer(), OFFICER, new Requests.Submission(REQUIRED, true,
                List.of(new Requests.ProblemAnswer(7, "x"))), HEARING_MISSING)), 422, "L-OPINION", "answers[0].problem");

        SubmissionRules.Accepted accepted = SubmissionRules.submit(pausedWithReviewer(), OFFICER, new Requests.Submission(
                REQUIRED, true, List.of(new Requests.ProblemAnswer(2, "已补全"), new Requests.ProblemAnswer(1, "已补充"))),
                HEARING_MISSING);
        assertEquals(List.of(new Answer(1, "缺少听证笔录", "已补充"), new Answer(2, "证据目录不全", "已补全")), accepted.answers());
        assertTrue(accepted.resumed(), "a paused review resumes");
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: a submitted running review takes no second submission, a decided one none at all (409)")
    void submitOnceUntilAsked() {
        Review submitted = ReviewRulesTest.review(ReviewStatus.OPEN, null);
        assertRefused409(refused(() -> SubmissionRules.submit(submitted, OFFICER, new Requests.Submission(REQUIRED, true, null),
                List.of())));
        assertRefused409(refused(() -> SubmissionRules.submit(ReviewRulesTest.review(ReviewStatus.APPROVED, "reviewer-zhao"),
                OFFICER, new Requests.Submission(REQUIRED, true, null), List.of())));
    }

    private static void assertRefused409(ProblemException problem) {
        assertEquals(409, problem.status());
        assertEquals("L-RESPONSIBILITY", problem.rule());
    }

    @Test
    @DisplayName("L-OPINION: only the assigned reviewer of a submitted, running review asks for supplements, naming problems")
    void supplementRequest() {
        Review assigned = ReviewRulesTest.review(ReviewStatus.ASSIGNED, "reviewer-zhao");
        assertEquals(List.of("缺少听证笔录"), SubmissionRules.requestSupplement(assigned, ZHAO,
                new Requests.SupplementRequest(List.of(" 缺少听证笔录 "))));
        assertRefused(refused(() -> SubmissionRules.requestSupplement(assigned, ZHAO, new Requests.SupplementRequest(List.of()))),
                422, "L-OPINION", "problems");
        assertRefused(refused(() -> SubmissionRules.requestSupplement(assigned, ZHAO,
                new Requests.SupplementRequest(List.of("a", "")))), 422, "L-OPINION", "problems[1]");
        Caller qian = new Caller("reviewer-qian", Set.of("reviewer"), "11130100MB12345671", null);
        assertEquals(409, refused(() -> SubmissionRules.requestSupplement(assigned, qian,
                new Requests.SupplementRequest(List.of("x")))).status());
        assertEquals(409, refused(() -> SubmissionRules.requestSupplement(pausedWithReviewer(), ZHAO,
                new Requests.SupplementRequest(List.of("x")))).status());
        assertEquals(409, refused(() -> SubmissionRules.requestSupplement(ReviewRulesTest.unsubmitted(ReviewStatus.ASSIGNED,
                "reviewer-zhao"), ZHAO, new Requests.SupplementRequest(List.of("x")))).status(), "nothing submitted yet");
    }

    @Test
    @DisplayName("L-OPINION: a RETURN opinion raises one problem per non-blank line")
    void returnedProblems() {
        assertEquals(List.of("一、裁量理由不充分；", "二、缺少听证笔录。"),
                SubmissionRules.returnedProblems("一、裁量理由不充分；\n\n  二、缺少听证笔录。\n"));
        assertEquals(List.of(), SubmissionRules.returnedProblems(null));
    }

    @Test
    @DisplayName("L-OPINION: an opinion before the materials are submitted, or while paused, is a 409")
    void opinionNeedsTheMaterials() {
        Requests.Opinion approve = new Requests.Opinion("APPROVE", ReviewRulesTest.allPassed(), null);
        ProblemException unsubmitted = refused(() -> ReviewRules.opinion(ReviewRulesTest.unsubmitted(ReviewStatus.ASSIGNED,
                "reviewer-zhao"), ZHAO, approve, ReviewRulesTest.NOBODY));
        assertEquals(409, unsubmitted.status());
        assertEquals("L-RESPONSIBILITY", unsubmitted.rule());
        assertEquals("L-OPINION", refused(() -> ReviewRules.opinion(pausedWithReviewer(), ZHAO, approve,
                ReviewRulesTest.NOBODY)).rule());
    }

    @Test
    @DisplayName("L-OPINION: opinion numbers read <prefix>法审〔<year>〕<n>号")
    void opinionNumberFormat() {
        assertEquals("石人社法审〔2026〕7号", OpinionNumbers.format("石人社", 2026, 7));
        assertEquals("法审〔2027〕1号", OpinionNumbers.format("", 2027, 1));
    }
}
