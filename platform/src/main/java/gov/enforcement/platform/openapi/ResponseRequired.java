package gov.enforcement.platform.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Answers are Jackson-written records, which write every member (null or not), so a schema used only in answers
 * lists all its properties as {@code required}: generated clients then type them as always there. A record that
 * leaves out null members (NON_NULL) says which are always there with {@code @Schema(requiredProperties)}, and a
 * schema also used in a request body is left as annotated: there, required is what the service demands.
 */
final class ResponseRequired {

    private static final String PREFIX = "#/components/schemas/";

    private ResponseRequired() {
    }

    static void complete(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inRequests = new HashSet<>();
        Set<String> inAnswers = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                reachable(operation.getRequestBody().getContent(), schemas, inRequests);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        reachable(response.getContent(), schemas, inAnswers);
                    }
                });
            }
        }));
        inAnswers.removeAll(inRequests);
        inAnswers.forEach(name -> {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    /** The names of the component schemas a body refers to, directly or through other components. */
    private static void reachable(Content content, Map<String, Schema> schemas, Set<String> found) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        content.getMediaTypes().values().forEach(media -> {
            if (media.getSchema() != null) {
                pending.add(media.getSchema());
            }
        });
        while (!pending.isEmpty()) {
            JavaTypeSchemas.walk(pending.pop(), schema -> {
                String ref = schema.getRef();
                if (ref != null && ref.startsWith(PREFIX)) {
                    String name = ref.substring(PREFIX.length());
                    if (schemas.containsKey(name) && found.add(name)) {
                        pending.add(schemas.get(name));
                    }
                }
            });
        }
    }
}
