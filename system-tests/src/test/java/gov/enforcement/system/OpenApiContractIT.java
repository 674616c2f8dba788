package gov.enforcement.system;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.testing.OpenApiChecks;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17: the merged OpenAPI document of the whole stack, as an outside team's tools read it. */
class OpenApiContractIT {

    /** Case facts that legal review and disclosure put into the case file: never appended through the API. */
    private static final Set<String> RECORDED_FROM_OTHER_SERVICES = Set.of("DecisionClassified", "ReviewOpinionGiven",
            "CoordinationResolved", "CollectiveDiscussionHeld", "DisclosurePublished", "DisclosureCorrected",
            "DisclosureWithdrawn");

    /**
     * Every step of every procedure (ARCHITECTURE.md, "The public contract"): each published case-event type but the
     * registration (its own operation) and the facts of other services.
     */
    private static final Set<String> CASE_STEPS = gov.enforcement.events.EventTypes.ALL.stream()
            .filter(type -> "case".equals(type.family()) && !"CaseRegistered".equals(type.name())
                    && !RECORDED_FROM_OTHER_SERVICES.contains(type.name()))
            .map(gov.enforcement.events.EventType::name).collect(java.util.stream.Collectors.toSet());

    static String json;
    static JsonNode document;

    @BeforeAll
    static void stack() {
        MajorDecisionIT.stack();
        Http.Answer answer = Http.get(MajorDecisionIT.gateway, "/openapi", null);
        json = answer.body();
        document = answer.json();
        assertTrue(!document.has("x-unavailable"), () -> "services left out: " + document.get("x-unavailable"));
    }

    @Test
    @DisplayName("swagger-parser reports no error")
    void validForAnOutsideParser() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages());
        assertTrue(!result.getOpenAPI().getServers().isEmpty());
    }

    @Test
    @DisplayName("every operation has a unique operationId and a 4xx answer, every error is a Problem, no Java names")
    void everyOperationIsDescribed() {
        assertEquals(List.of(), OpenApiChecks.everything(document, true));
    }

    @Test
    @DisplayName("the append's data is a oneOf on type covering every case step type")
    void appendCoversEveryStepType() {
        assertEquals(CASE_STEPS, OpenApiChecks.appendStepTypes(document, "/api/v1/cases/{caseId}/events"));
    }
}
