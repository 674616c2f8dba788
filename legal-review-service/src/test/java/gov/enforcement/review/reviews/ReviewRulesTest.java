package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.security.Caller;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewRulesTest {

    static final Caller ZHAO = new Caller("reviewer-zhao", Set.of("reviewer"), "11130100MB12345671", null);
    static final Participants CASE_PEOPLE = new Participants(Set.of("HB-0001", "HB-0002"), Set.of("officer-HB-0001"));
    static final Participants NOBODY = new Participants(Set.of(), Set.of());

    /** A review whose materials are submitted. */
    static Review review(ReviewStatus status, String reviewer) {
        return unsubmitted(status, reviewer).submittedUntil(LocalDate.of(2026, 10, 12), "2026:x");
    }

    /** A review as opened, waiting for its materials. */
    static Review unsubmitted(ReviewStatus status, String reviewer) {
        return new Review(UUID.randomUUID(), UUID.randomUUID(), "11130100MB12345671", "a".repeat(64), 1, null, status,
                "officer-HB-0001", reviewer, LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 12), "2026:x", false, null,
                false);
    }

    static List<ItemResult> allPassed() {
        return new ArrayList<>(Arrays.stream(ChecklistItem.values()).map(i -> new ItemResult(i.name(), true, null)).toList());
    }

    private static ProblemException refused(Executable executable) {
        return assertThrows(ProblemException.class, executable);
    }

    @Test
    @DisplayName("X-SEPARATE: whoever investigated (certificate) or registered (subject) the case cannot claim or review it")
    void separation() {
        Caller investigator = new Caller("someone", Set.of("reviewer"), "11130100MB12345671", "HB-0002");
        assertEquals("X-SEPARATE", refused(() -> ReviewRules.claim(review(ReviewStatus.OPEN, null), investigator, CASE_PEOPLE)).rule());
        Caller registrar = new Caller("officer-HB-0001", Set.of("reviewer"), "11130100MB12345671", null);
        ProblemException problem = refused(() -> ReviewRules.claim(review(ReviewStatus.OPEN, null), registrar, CASE_PEOPLE));
        assertEquals(403, problem.status());
        assertEquals("X-SEPARATE", refused(() -> ReviewRules.assign(review(ReviewStatus.OPEN, null),
                new Requests.Assign("x", "HB-0001"), CASE_PEOPLE, Set.of())).rule());
        assertDoesNotThrow(() -> ReviewRules.claim(review(ReviewStatus.OPEN, null), ZHAO, CASE_PEOPLE));
    }

    @Test
    @DisplayName("L-OPINION: an admin cannot assign a review to a reviewer known only in another agency (422 naming reviewer)")
    void assignOnlyWithinTheAgency() {
        ProblemException other = refused(() -> ReviewRules.assign(review(ReviewStatus.OPEN, null),
                new Requests.Assign("reviewer-qian", null), NOBODY, Set.of("91130100MA0AAAAAAA")));
        assertEquals(422, other.status());
        assertEquals("reviewer", other.toProblem("/").errors().get(0).field());
        assertDoesNotThrow(() -> ReviewRules.assign(review(ReviewStatus.OPEN, null), new Requests.Assign("reviewer-qian", null),
                NOBODY, Set.of("91130100MA0AAAAAAA", "11130100MB12345671")));
    }

    @Test
    @DisplayName("L-OPINION: an admin cannot assign a review to someone never seen as a reviewer (no reviewer role, or unknown): 422 naming reviewer")
    void assignOnlyToKnownReviewers() {
        ProblemException unknown = refused(() -> ReviewRules.assign(review(ReviewStatus.OPEN, null),
                new Requests.Assign("officer-HB-0009", null), NOBODY, Set.of()));
        assertEquals(422, unknown.status());
        assertEquals("L-OPINION", unknown.rule());
        assertEquals("reviewer", unknown.toProblem("/").errors().get(0).field());
    }

    @Test
    @DisplayName("L-OPINION: an opinion on a review that is not yours, or already decided, is a 409 naming L-OPINION")
    void notYoursOrDecided() {
        Requests.Opinion approve = new Requests.Opinion("APPROVE", allPassed(), null);
        ProblemException notYours = refused(() -> ReviewRules.opinion(review(ReviewStatus.ASSIGNED, "reviewer-qian"), ZHAO, approve, NOBODY));
        assertEquals(409, notYours.status());
        assertEquals("L-OPINION", notYours.rule());
        ProblemException decided = refused(() -> ReviewRules.opinion(review(ReviewStatus.RETURNED, "reviewer-zhao"), ZHAO, approve, NOBODY));
        assertEquals(409, decided.status());
        assertEquals(409, refused(() -> ReviewRules.opinion(review(ReviewStatus.OPEN, null), ZHAO, approve, NOBODY)).status());
        assertDoesNotThrow(() -> ReviewRules.opinion(review(ReviewStatus.ASSIGNED, "reviewer-zhao"), ZHAO, approve, NOBODY));
    }

    @Test
    @DisplayName("L-ITEMS: a missing, repeated or unknown check, or a failed one without comment, is a 422 naming L-ITEMS")
    void checklist() {
        Review mine = review(ReviewStatus.ASSIGNED, "reviewer-zhao");
        List<ItemResult> six = allPassed();
        six.remove(6);
        ProblemException missing = refused(() -> ReviewRules.opinion(mine, ZHAO, new Requests.Opinion("APPROVE", six, null), NOBODY));
        assertEquals(422, missing.status());
        assertEquals("L-ITEMS", missing.rule());
        List<ItemResult> failedSilently = allPassed();
        failedSilently.set(2, new ItemResult("FACTS_AND_EVIDENCE", false, " "));
        assertEquals("L-ITEMS", refused(() -> ReviewRules.opinion(mine, ZHAO,
                new Requests.Opinion("RETURN", failedSilently, "x"), NOBODY)).rule());
        List<ItemResult> unknown = allPassed();
        unknown.add(new ItemResult("MOOD", true, null));
        assertEquals("L-ITEMS", refused(() -> ReviewRules.opinion(mine, ZHAO, new Requests.Opinion("APPROVE", unknown, null), NOBODY)).rule());
    }

    @Test
    @DisplayName("L-OPINION: RETURN needs written problems; APPROVE cannot carry a failed check; the outcome is APPROVE or RETURN")
    void outcome() {
        Review mine = review(ReviewStatus.ASSIGNED, "reviewer-zhao");
        assertEquals("L-OPINION", refused(() -> ReviewRules.opinion(mine, ZHAO, new Requests.Opinion("RETURN", allPassed(), null), NOBODY)).rule());
        List<ItemResult> failed = allPassed();
        failed.set(3, new ItemResult("LAW_AND_DISCRETION", false, "裁量理由不足"));
        assertEquals("L-OPINION", refused(() -> ReviewRules.opinion(mine, ZHAO, new Requests.Opinion("APPROVE", failed, null), NOBODY)).rule());
        assertEquals("L-OPINION", refused(() -> ReviewRules.opinion(mine, ZHAO, new Requests.Opinion("MAYBE", allPassed(), null), NOBODY)).rule());
        assertDoesNotThrow(() -> ReviewRules.opinion(mine, ZHAO, new Requests.Opinion("RETURN", failed, "裁量理由不足"), NOBODY));
    }

    @Test
    @DisplayName("L-COLLECTIVE: discussed once, and only after an approving opinion")
    void collective() {
        Requests.Discussion meeting = new Requests.Discussion(LocalDate.of(2026, 10, 14), List.of("局长 王某"), "APPROVED");
        assertEquals("L-COLLECTIVE", refused(() -> ReviewRules.discussion(review(ReviewStatus.ASSIGNED, "z"), meeting)).rule());
        Review approved = review(ReviewStatus.APPROVED, "z");
        assertDoesNotThrow(() -> ReviewRules.discussion(approved, meeting));
        assertEquals("L-COLLECTIVE", refused(() -> ReviewRules.discussion(approved.discussedCollectively(), meeting)).rule());
        assertEquals(400, refused(() -> ReviewRules.discussion(approved, new Requests.Discussion(null, List.of(), " "))).status());
    }

    @Test
    @DisplayName("L-COLLECTIVE: the outcome is APPROVED, AMENDED or REFUSED; free text is a 422 naming L-COLLECTIVE and outcome")
    void collectiveOutcomeIsTyped() {
        Review approved = review(ReviewStatus.APPROVED, "z");
        ProblemException words = refused(() -> ReviewRules.discussion(approved,
                new Requests.Discussion(LocalDate.of(2026, 10, 14), List.of("局长 王某"), "不同意")));
        assertEquals(422, words.status());
        assertEquals("L-COLLECTIVE", words.rule());
        assertEquals("outcome", words.toProblem("/").errors().get(0).field());
        for (CollectiveOutcome outcome : CollectiveOutcome.values()) {
            assertDoesNotThrow(() -> ReviewRules.discussion(approved,
                    new Requests.Discussion(LocalDate.of(2026, 10, 14), List.of("局长 王某"), outcome.name())));
        }
    }

    @Test
    @DisplayName("L-COORDINATE: a coordination that upholds the draft turns its returned review APPROVED; one that upholds the review changes nothing")
    void coordinationDecides() {
        Review returned = review(ReviewStatus.RETURNED, "z");
        assertEquals(ReviewStatus.APPROVED,
                ReviewRules.coordination(returned, new Requests.Coordination("罚款数额", "DRAFT_UPHELD")).status());
        assertEquals(returned, ReviewRules.coordination(returned, new Requests.Coordination("罚款数额", "REVIEW_UPHELD")));
        assertEquals(409, refused(() -> ReviewRules.coordination(review(ReviewStatus.ASSIGNED, "z"),
                new Requests.Coordination("罚款数额", "DRAFT_UPHELD"))).status());
        ProblemException words = refused(() -> ReviewRules.coordination(returned, new Requests.Coordination("罚款数额", "维持")));
        assertEquals(422, words.status());
        assertEquals("L-COORDINATE", words.rule());
        assertEquals("outcome", words.toProblem("/").errors().get(0).field());
    }

    @Test
    @DisplayName("L-TIME: one extension, while undecided")
    void extension() {
        Review open = review(ReviewStatus.ASSIGNED, "z");
        assertDoesNotThrow(() -> ReviewRules.extension(open, new Requests.Extension("案情复杂")));
        assertEquals("L-TIME", refused(() -> ReviewRules.extension(open.extendedTo(LocalDate.of(2026, 10, 19), "v"),
                new Requests.Extension("again"))).rule());
        assertEquals("L-TIME", refused(() -> ReviewRules.extension(review(ReviewStatus.APPROVED, "z"),
                new Requests.Extension("late"))).rule());
    }
}
