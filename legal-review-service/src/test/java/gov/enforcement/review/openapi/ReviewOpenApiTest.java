package gov.enforcement.review.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.testing.OpenApiChecks;
import gov.enforcement.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@DisplayName("OpenAPI: legal review's own document says what every operation answers")
class ReviewOpenApiTest {

    @Test
    @DisplayName("unique operationIds, every error a Problem, no Java class names; the catalogue's preconditions")
    void everyOperationIsDescribed() {
        JsonNode document = OpenApiChecks.ownDocument();
        assertEquals(List.of(), OpenApiChecks.everything(document, false));
        JsonNode put = document.at("/paths/~1api~1v1~1review-catalogue/put/responses");
        for (String code : List.of("400", "401", "403", "412", "422", "428", "503")) {
            assertTrue(put.has(code), code);
        }
    }
}
