package gov.enforcement.recording.cases;

import gov.enforcement.recording.cases.domain.Procedures;
import gov.enforcement.recording.cases.web.RegisterCaseRequest;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.testing.OpenApiChecks;
import gov.enforcement.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@DisplayName("OpenAPI: recording's own document says what every operation answers")
class RecordingOpenApiTest {

    private static final String APPEND = "/api/v1/cases/{caseId}/events";
    private static JsonNode document;

    @BeforeEach
    void fetch() {
        // RestAssured knows the test port only once a test runs
        if (document == null) {
            document = OpenApiChecks.ownDocument();
        }
    }

    @Test
    @DisplayName("every operation has a unique operationId and answers its failures as Problem")
    void operationsAndProblems() {
        assertEquals(List.of(), OpenApiChecks.everything(document, false));
        assertEquals(List.of("type", "title", "status"),
                list(document.at("/components/schemas/Problem/required")));
    }

    @Test
    @DisplayName("swagger-parser reads the document, event schemas and all, without an error")
    void validForAnOutsideParser() {
        io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setResolve(true);
        var result = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(document.toString(), null, options);
        assertEquals(List.of(), result.getMessages());
    }

    @Test
    @DisplayName("the append's body is a oneOf on type over every officer step, data being the event's schema")
    void appendIsOneOfStepTypes() {
        assertEquals(Set.copyOf(Procedures.OFFICER_STEPS), OpenApiChecks.appendStepTypes(document, APPEND));
        JsonNode rights = document.at("/components/schemas/RightsNotifiedData");
        assertEquals(List.of("reason", "legalBasis", "rights", "method", "notifiedAt"), list(rights.path("required")));
        assertEquals(false, rights.path("additionalProperties").asBoolean(true));
        // members the server completes are not demanded of the client
        assertEquals(false, list(document.at("/components/schemas/DecisionDraftedData/required")).contains("draftHash"));
    }

    @Test
    @DisplayName("POST /cases and the append answer 201 with Location and ETag (and Link), 409 and 422")
    void createdWithHeaders() {
        JsonNode append = document.at("/paths/" + APPEND.replace("/", "~1") + "/post/responses");
        assertEquals(Set.of("Location", "ETag", "Link"), keys(append.at("/201/headers")));
        assertEquals("#/components/schemas/Appended", append.at("/201/content/application~1json/schema/$ref").asText());
        assertEquals(true, list(document.at("/components/schemas/Appended/required")).contains("logIndex"));
        JsonNode register = document.at("/paths/~1api~1v1~1cases/post/responses");
        assertEquals(Set.of("Location", "ETag"), keys(register.at("/201/headers")));
        for (String created : List.of("~1api~1v1~1cases~1import", "~1api~1v1~1cases~1{caseId}~1evidence")) {
            assertEquals(true, document.at("/paths/" + created + "/post/responses").has("201"), created);
            assertEquals(false, document.at("/paths/" + created + "/post/responses").has("200"), created);
        }
        for (JsonNode responses : List.of(append, register)) {
            assertEquals(true, keys(responses).containsAll(Set.of("400", "401", "403", "409", "413", "415", "422", "503")),
                    keys(responses)::toString);
            assertEquals(false, responses.has("200"));
        }
    }

    @Test
    @DisplayName("answers list their members as required, except those a record leaves out when null")
    void answersSayWhatIsAlwaysThere() {
        assertEquals(true, list(document.at("/components/schemas/CheckpointView/required")).size() > 1);
        List<String> verify = list(document.at("/components/schemas/VerifyReport/required"));
        assertEquals(true, verify.contains("verified") && !verify.contains("caseId") && !verify.contains("latestCheckpoint"));
        // P-MASTER: a matter is named by text or by its code (matterCode), so neither alone is always there
        assertEquals(List.of("category", "parties"),
                list(document.at("/components/schemas/RegisterCaseRequest/required")));
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> names = new java.util.TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
