package gov.enforcement.review.qualifications;

import gov.enforcement.platform.problem.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualificationRulesTest {

    static final String A = "11130100MB12345671";
    static final LocalDate TODAY = LocalDate.of(2026, 9, 28);
    static final Qualification ZHANG = new Qualification("zhang.min", A, "A20191101", QualificationKind.LEGAL_PROFESSION,
            LocalDate.of(2019, 11, 1), null);

    @Test
    @DisplayName("L-RESPONSIBILITY: a reviewer with no registered qualification at the agency is refused, 403 naming the rule")
    void unregisteredIsRefused() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> QualificationRules.requireQualified(Optional.empty(), "li.si", A, TODAY));
        assertEquals(403, e.toProblem("/").status());
        assertEquals("L-RESPONSIBILITY", e.toProblem("/").rule());
        assertTrue(e.toProblem("/").detail().contains("art 58"), e.toProblem("/").detail());
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: a qualification counts on the days it is valid, both ends included, and not after")
    void validity() {
        Qualification lapsed = new Qualification("wang.wu", A, "A20100001", QualificationKind.LEGAL_PROFESSION,
                LocalDate.of(2010, 1, 1), LocalDate.of(2026, 9, 28));
        assertDoesNotThrow(() -> QualificationRules.requireQualified(Optional.of(ZHANG), "zhang.min", A, TODAY));
        assertDoesNotThrow(() -> QualificationRules.requireQualified(Optional.of(lapsed), "wang.wu", A, TODAY));
        ProblemException after = assertThrows(ProblemException.class,
                () -> QualificationRules.requireQualified(Optional.of(lapsed), "wang.wu", A, TODAY.plusDays(1)));
        assertTrue(after.toProblem("/").detail().contains("not on 2026-09-29"), after.toProblem("/").detail());
        assertThrows(ProblemException.class,
                () -> QualificationRules.requireQualified(Optional.of(ZHANG), "zhang.min", A, LocalDate.of(2019, 10, 31)));
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: handing a review to an unqualified reviewer is a 422 naming reviewer")
    void assigneeNamesTheField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> QualificationRules.requireQualifiedAssignee(Optional.empty(), "li.si", A, TODAY));
        assertEquals(422, e.toProblem("/").status());
        assertEquals("reviewer", e.toProblem("/").errors().get(0).field());
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: the configured seed reads certificate, kind and validity; a wrong entry stops the start")
    void seed() {
        List<Qualification> seeded = QualificationRules.parseSeed(" zhang.min|" + A + "|A20191101|LEGAL_PROFESSION|2019-11-01| ;"
                + "wang.wu|" + A + "|B2015|REVIEWER_BEFORE_ART_58|2015-03-01|2027-12-31");
        assertEquals(List.of(ZHANG, new Qualification("wang.wu", A, "B2015", QualificationKind.REVIEWER_BEFORE_ART_58,
                LocalDate.of(2015, 3, 1), LocalDate.of(2027, 12, 31))), seeded);
        assertEquals(List.of(), QualificationRules.parseSeed(" "));
        assertThrows(IllegalArgumentException.class, () -> QualificationRules.parseSeed("x|" + A + "|1|LAWYER|2019-01-01|"));
        assertThrows(IllegalArgumentException.class, () -> QualificationRules.parseSeed("x|" + A + "|1|LEGAL_PROFESSION|2019-01-01"));
        assertThrows(IllegalArgumentException.class,
                () -> QualificationRules.parseSeed("x|" + A + "|1|LEGAL_PROFESSION|2019-01-01|2018-01-01"));
    }
}
