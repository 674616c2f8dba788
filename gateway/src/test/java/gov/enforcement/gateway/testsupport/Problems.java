package gov.enforcement.gateway.testsupport;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

/** Assertions on the gateway's RFC 9457 problem documents. */
public final class Problems {

    public static final String TYPE_BASE = "https://enforcement.gov.cn/problems/";

    private Problems() {
    }

    /** The response is a problem+json of the given status and type slug, with every member RFC 9457 names. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(TYPE_BASE + typeSlug))
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body("instance", startsWith("/"));
    }
}
