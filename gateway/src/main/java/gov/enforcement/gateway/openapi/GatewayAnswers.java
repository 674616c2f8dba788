package gov.enforcement.gateway.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.gateway.problem.ProblemType;

import java.util.List;

/**
 * What the gateway itself may answer on any routed operation, whichever service documents it: rate limits (429
 * with Retry-After) and an upstream that is away or slow (502, 504), all as the services' {@code Problem}.
 */
final class GatewayAnswers {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<ProblemType> ON_EVERY_OPERATION = List.of(ProblemType.TOO_MANY_REQUESTS,
            ProblemType.BAD_GATEWAY, ProblemType.GATEWAY_TIMEOUT);

    private GatewayAnswers() {
    }

    static void addTo(ObjectNode operation) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                : operation.putObject("responses");
        for (ProblemType type : ON_EVERY_OPERATION) {
            String code = Integer.toString(type.status());
            if (!responses.has(code)) {
                ObjectNode response = responses.putObject(code).put("description", "Answered by the gateway: "
                        + type.title().toLowerCase());
                response.putObject("content").putObject("application/problem+json").putObject("schema")
                        .put("$ref", PROBLEM_REF);
                if (type == ProblemType.TOO_MANY_REQUESTS) {
                    response.putObject("headers").putObject("Retry-After").put("description",
                            "Whole seconds until a request is taken again").putObject("schema").put("type", "integer");
                }
            }
        }
    }

    /**
     * The RFC 9457 members, for when no service could be asked for its fuller {@code Problem} (which names the
     * extensions they write): the gateway's own answers still resolve.
     */
    static ObjectNode minimalProblem() {
        ObjectNode problem = JSON.objectNode().put("type", "object")
                .put("description", "An RFC 9457 problem document (application/problem+json)");
        problem.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = problem.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer");
        properties.putObject("detail").put("type", "string");
        properties.putObject("instance").put("type", "string");
        return problem;
    }
}
