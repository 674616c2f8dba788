package gov.enforcement.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.gateway.testsupport.GatewayTestProfile;
import gov.enforcement.testing.OpenApiChecks;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@DisplayName("OpenAPI: one document merged from the services' own, and Swagger UI pointing at it")
class MergedOpenApiTest {

    @Test
    @DisplayName("GET /openapi unions the paths of all three fake services under the public title")
    void unionsServicePaths() {
        given().when().get("/openapi").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("info.title", equalTo("Three systems of administrative law enforcement API"))
                .body("paths", hasKey("/api/v1/cases"))
                .body("paths", hasKey("/api/v1/audit/checkpoints/latest"))
                .body("paths", hasKey("/api/v1/reviews"))
                .body("paths", hasKey("/api/v1/review-catalogue"))
                .body("paths", hasKey("/api/v1/public/decisions"))
                .body("paths", hasKey("/api/v1/disclosures"))
                .body("x-unavailable", nullValue());
    }

    @Test
    @DisplayName("paths the gateway would not route to the documenting service (or outside /api/v1) are left out")
    void leavesOutUnroutedPaths() {
        given().when().get("/openapi").then().statusCode(200)
                .body("paths", not(hasKey("/api/v1/reviews/not-mine")))
                .body("paths", not(hasKey("/internal/replay")));
    }

    @Test
    @DisplayName("components are unioned: same-named different schemas are both kept, the later renamed with its $refs")
    void unionsComponentsWithoutClobbering() {
        given().when().get("/openapi").then().statusCode(200)
                .body("components.schemas", hasKey("Agency"))
                .body("components.schemas.Problem.properties", hasKey("type"))
                .body("components.schemas.'Problem_legal-review'.properties", hasKey("rule"))
                .body("paths.'/api/v1/reviews'.get.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem_legal-review"))
                .body("paths.'/api/v1/cases'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    @DisplayName("one bearerAuth scheme; public operations need no security, the others need bearerAuth")
    void securityFollowsTheGateway() {
        given().when().get("/openapi").then().statusCode(200)
                .body("components.securitySchemes.keySet()", equalTo(java.util.Set.of("bearerAuth")))
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/public/decisions'.get.security.size()", equalTo(0))
                .body("paths.'/api/v1/audit/checkpoints/latest'.get.security.size()", equalTo(0))
                .body("paths.'/api/v1/cases'.post.security[0]", hasKey("bearerAuth"));
    }

    @Test
    @DisplayName("swagger-parser reads the merged document without an error or warning")
    void validForAnOutsideParser() {
        String json = given().when().get("/openapi").then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages());
        assertEquals("/", result.getOpenAPI().getServers().get(0).getUrl());
    }

    @Test
    @DisplayName("every routed operation may be answered 429/502/504 by the gateway itself, as a Problem")
    void gatewayAnswersOnEveryOperation() {
        JsonNode document = given().when().get("/openapi").then().statusCode(200).extract().as(JsonNode.class);
        assertEquals(List.of(), OpenApiChecks.problemResponseProblems(document, true));
        assertEquals(List.of(), OpenApiChecks.javaNames(document));
        assertEquals("integer", document.at("/paths/~1api~1v1~1cases/post/responses/429/headers/Retry-After/schema/type")
                .asText());
    }

    @Test
    @DisplayName("GET /openapi.yaml serves the same document as YAML")
    void servesYaml() {
        given().when().get("/openapi.yaml").then().statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(containsString("title: \"Three systems of administrative law enforcement API\""))
                .body(containsString("/api/v1/review-catalogue"));
    }

    @Test
    @DisplayName("Swagger UI is served at /q/swagger-ui and configured with the merged /openapi document")
    void swaggerUiPointsAtMergedDocument() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("'/openapi'"));
    }
}
