package gov.enforcement.disclosure.openapi;

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
@DisplayName("OpenAPI: disclosure's own document says what every operation answers")
class DisclosureOpenApiTest {

    @Test
    @DisplayName("unique operationIds, every error a Problem, no Java class names; public reads need no token")
    void everyOperationIsDescribed() {
        JsonNode document = OpenApiChecks.ownDocument();
        assertEquals(List.of(), OpenApiChecks.everything(document, false));
        JsonNode publicDecision = document.at("/paths/~1api~1v1~1public~1decisions~1{id}/get/responses");
        assertTrue(publicDecision.has("404"));
        assertTrue(!publicDecision.has("401"));
    }
}
