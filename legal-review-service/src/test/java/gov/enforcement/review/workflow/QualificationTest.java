package gov.enforcement.review.workflow;

import gov.enforcement.events.EventTypes;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

import static gov.enforcement.review.workflow.ReviewApi.get;
import static gov.enforcement.review.workflow.ReviewApi.items;
import static gov.enforcement.review.workflow.ReviewApi.opinion;
import static gov.enforcement.review.workflow.ReviewApi.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** L-RESPONSIBILITY (Penalty Law art 58): only a reviewer qualified at the agency that day claims or gives an opinion. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class QualificationTest {

    static final String A = TestAgencies.AGENCY_A;
    static final String UNQUALIFIED = TestTokens.mint("reviewer-unqualified", Set.of("reviewer"), A, null);
    static final String LAPSED = TestTokens.mint("reviewer-lapsed", Set.of("reviewer"), A, null);
    static final String CHEN = TestTokens.mint("reviewer-chen", Set.of("reviewer"), A, null);

    /** A submitted review of a new major draft, as its path. */
    private static String review(String officer, String cert) {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", officer, cert);
        String hash = stream.drafted(1, "90000", "情节严重");
        String path = "/api/v1/reviews/" + stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, hash).path("reviewId").asText();
        ReviewApi.submitted(A, path);
        return path;
    }

    private static long history(String path) {
        return TestDatabase.count("select count(*) from review_history where review_id = '"
                + path.substring(path.lastIndexOf('/') + 1) + "'");
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: a reviewer with no registered qualification, or one no longer valid, cannot claim (403, nothing recorded)")
    void unqualifiedCannotClaim() {
        String path = review("officer-HB-1101", "HB-1101");
        long before = history(path);
        for (String token : new String[]{UNQUALIFIED, LAPSED}) {
            post(token, path + "/claim", null).statusCode(403).contentType("application/problem+json")
                    .body("rule", equalTo("L-RESPONSIBILITY")).body("detail", containsString("qualification"));
        }
        get(CHEN, path).statusCode(200).body("review.status", equalTo("OPEN"));
        assertEquals(before, history(path));
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: an admin cannot hand a review to a known reviewer without a qualification (422 naming reviewer)")
    void noAssignmentToTheUnqualified() {
        String path = review("officer-HB-1102", "HB-1102");
        get(UNQUALIFIED, "/api/v1/reviews").statusCode(200); // known as a reviewer of the agency from now on
        post(Catalogues.ADMIN, path + "/assign", Map.of("reviewer", "reviewer-unqualified")).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("L-RESPONSIBILITY"))
                .body("errors.field", hasItem("reviewer"));
        get(CHEN, path).statusCode(200).body("review.status", equalTo("OPEN"));
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: a holder whose qualification lapsed after the claim cannot give the opinion (403, no opinion, no number)")
    void lapsedHolderGivesNoOpinion() throws Exception {
        String path = review("officer-HB-1103", "HB-1103");
        String feng = TestTokens.mint("reviewer-feng", Set.of("reviewer"), A, null);
        post(feng, path + "/claim", null).statusCode(200);
        long before = history(path);
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("update reviewer_qualifications set valid_to = current_date - 1, valid_from = current_date - 400"
                    + " where subject = 'reviewer-feng'");
        }
        try {
            post(feng, path + "/opinions", opinion("APPROVE", null, items())).statusCode(403)
                    .contentType("application/problem+json").body("rule", equalTo("L-RESPONSIBILITY"));
            get(CHEN, path).statusCode(200).body("review.status", equalTo("ASSIGNED"));
            assertEquals(before, history(path));
        } finally {
            try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
                sql.executeUpdate("update reviewer_qualifications set valid_to = null where subject = 'reviewer-feng'");
            }
        }
    }
}
