package gov.enforcement.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The {@code Problem} schema of the documents: exactly what {@code platform.problem} writes (RFC 9457 members,
 * {@code rule}, {@code errors}, and the extension members the services add, each written once at the top level).
 */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "ProblemFieldError";
    static final String REF = "#/components/schemas/" + PROBLEM;

    private ProblemSchemas() {
    }

    static Schema problem() {
        return object("An RFC 9457 problem document (application/problem+json). Members that do not apply are left"
                + " out; extension members are written once, at the top level.")
                .required(List.of("type", "title", "status"))
                .properties(Map.ofEntries(
                        Map.entry("type", string("A stable URI naming the kind of problem, e.g."
                                + " https://enforcement.gov.cn/problems/rule-violation").format("uri")),
                        Map.entry("title", string("A short summary of the kind of problem")),
                        Map.entry("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                                .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                                .description("The HTTP status code")),
                        Map.entry("detail", string("What went wrong with this request, in words")),
                        Map.entry("instance", string("The path of the request that failed")),
                        Map.entry("rule", string("The DOMAIN.md rule that refused the request, e.g. L-GATE")),
                        Map.entry("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .description("Each invalid input field")
                                .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR))),
                        Map.entry("currentVersion", integer("version-conflict, catalogue: the version now in force")),
                        Map.entry("currentState", string("rule-violation (X-SEQ): the case's status now")),
                        Map.entry("allowedNext", strings("rule-violation (X-SEQ): the steps the case may take next")),
                        Map.entry("missing", strings("rule-violation: what the rule found missing")),
                        Map.entry("missingAudioVisual", strings("rule-violation (R-AV-REQUIRED): the steps without"
                                + " their audio-visual record")),
                        Map.entry("at", string("case import: the step that was refused, e.g. cases[0].steps[3]")),
                        Map.entry("retryAfterSeconds", integer("when the answer is being prepared: retry after"
                                + " this many seconds"))));
    }

    static Schema fieldError() {
        return object("One invalid input field").required(List.of("field", "message"))
                .properties(Map.of(
                        "field", string("The field's path in the body (data.fineAmount, parties[0].name), or a"
                                + " parameter's name"),
                        "message", string("What the field must be")));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Schema integer(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64").description(description);
    }

    private static Schema strings(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).description(description)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
