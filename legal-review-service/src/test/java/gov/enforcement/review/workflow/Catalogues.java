package gov.enforcement.review.workflow;

import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;

import java.util.List;
import java.util.Map;

/** Catalogue versions the tests put in force through the admin API. */
final class Catalogues {

    /** Agency A's admin: assigns and extends A's reviews, never changes the catalogue. */
    static final String ADMIN = TestTokens.withRole("admin", TestAgencies.AGENCY_A);
    /** The platform admin, who alone changes the catalogue. */
    static final String PLATFORM_ADMIN = TestTokens.withRole("platform-admin", null);

    /** The criteria of seed 003 §12(2), which every catalogue version keeps (L-CATALOGUE). */
    static final List<String> STATUTORY = List.of("AFTER_HEARING", "MAJOR_PUBLIC_INTEREST", "MAJOR_SOCIAL_IMPACT",
            "MAJOR_RIGHTS", "COMPLEX_CASE");

    private Catalogues() {
    }

    /** The statutory criteria and these. */
    static List<String> statutoryAnd(String... more) {
        List<String> criteria = new java.util.ArrayList<>(List.of(more));
        criteria.addAll(STATUTORY);
        return criteria;
    }

    /** Fines above 50,000 yuan and every flag; returns the new version. */
    static int standard() {
        return ReviewApi.putCatalogue(PLATFORM_ADMIN, Map.of(
                "criteria", List.of("FINE_ABOVE_THRESHOLD", "CONFISCATION_ABOVE_THRESHOLD", "LICENCE_REVOKED",
                        "BUSINESS_CLOSED", "AFTER_HEARING", "MAJOR_PUBLIC_INTEREST", "MAJOR_SOCIAL_IMPACT",
                        "MAJOR_RIGHTS", "COMPLEX_CASE"),
                "fineThreshold", 50000, "confiscationThreshold", 50000, "alwaysReviewed", List.of()))
                .statusCode(200).extract().path("version");
    }
}
