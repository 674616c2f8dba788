package gov.enforcement.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Makes every service's document say how an operation fails, from what the operation is rather than from
 * annotations on each method: one shared {@code Problem} schema; 400/413/415 where a body or parameters are
 * taken, 401/403 where a token is needed, 404 on a path with an id, 503 everywhere (ProblemMappers answers it
 * when the database or broker is away); every 4xx/5xx (annotated ones too) answered as {@code Problem}; an
 * operationId derived from the method and path where none is given; no schema named after a Java class; and
 * answers' schemas with their {@code required} members ({@link ResponseRequired}).
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        JavaTypeSchemas.inline(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(ProblemSchemas.PROBLEM, ProblemSchemas.problem());
        openAPI.getComponents().addSchema(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, item, operation)));
        ResponseRequired.complete(openAPI);
    }

    private static void complete(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        if (operation.getOperationId() == null) {
            operation.setOperationId(OperationIds.derive(method, path));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean parameters = body || notEmpty(operation.getParameters()) || notEmpty(item.getParameters());
        boolean secured = notEmpty(operation.getSecurity()) || responses.hasAPIResponse("401");
        if (parameters) {
            standard(responses, "400", "The request is malformed or a field is invalid; errors names each field");
        }
        if (secured) {
            standard(responses, "401", "No valid bearer token was sent");
            standard(responses, "403", "The caller's role, agency or jurisdiction does not allow this (rule names"
                    + " the rule, e.g. R-ACCESS)");
        }
        if (path.contains("{")) {
            standard(responses, "404", "Nothing exists under this id");
        }
        if (body) {
            standard(responses, "413", "The body is larger than this operation accepts");
            standard(responses, "415", "The body's Content-Type is not one this operation accepts");
        }
        standard(responses, "503", "A server this service needs is away for the moment; retry after Retry-After");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(code, response);
            }
        });
    }

    private static void standard(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Whatever an annotation said about the body of an error, it is a problem document. */
    private static void asProblem(String code, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(code.equals("401") ? "No valid bearer token was sent"
                    : code.equals("403") ? "The caller's role does not allow this" : "A problem document");
        }
        response.setContent(OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ProblemSchemas.REF))));
        if (code.equals("503") || code.equals("429")) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        if (code.equals("401")) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static boolean notEmpty(java.util.Collection<?> values) {
        return values != null && !values.isEmpty();
    }

    /** operationIds unique across the merged document: the method and the path, which are unique together. */
    static final class OperationIds {

        private static final Map<String, String> VERBS = Map.of("GET", "get", "POST", "post", "PUT", "put",
                "DELETE", "delete", "PATCH", "patch", "HEAD", "head", "OPTIONS", "options", "TRACE", "trace");

        private OperationIds() {
        }

        /** {@code POST /api/v1/reviews/{id}/opinions} → {@code postReviewsByIdOpinions}. */
        static String derive(PathItem.HttpMethod method, String path) {
            StringBuilder id = new StringBuilder(VERBS.get(method.name()));
            for (String segment : path.replaceFirst("^/api/v\\d+", "").split("/")) {
                boolean variable = segment.startsWith("{");
                if (variable) {
                    id.append("By");
                }
                for (String word : segment.replaceAll("[{}]", "").split("[^A-Za-z0-9]+")) {
                    if (!word.isEmpty()) {
                        id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                    }
                }
            }
            return id.toString();
        }
    }
}
