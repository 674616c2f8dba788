package gov.enforcement.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.gateway.routing.Service;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("OpenApiMerger: merging documents, without a server")
class OpenApiMergerTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static java.util.Set<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    @DisplayName("identical components are kept once; a service that could not be asked is noted in x-unavailable")
    void keepsIdenticalComponentsOnceAndNotesAbsentServices() throws Exception {
        ObjectNode merged = OpenApiMerger.merge(List.of(
                ServiceDocument.available(Service.RECORDING, document("/api/v1/cases", "Id")),
                ServiceDocument.available(Service.DISCLOSURE, document("/api/v1/public/decisions", "Id")),
                ServiceDocument.unavailable(Service.LEGAL_REVIEW, "unreachable")), null);
        // Id once, and the gateway's own minimal Problem, since no service brought one
        assertEquals(java.util.Set.of("Id", "Problem"), fieldNames(merged.path("components").path("schemas")));
        assertEquals("legal-review", merged.path("x-unavailable").get(0).path("service").asText());
        assertTrue(merged.path("info").path("description").asText().contains("legal-review"));
        assertTrue(merged.path("paths").has("/api/v1/cases"));
        assertTrue(merged.path("paths").has("/api/v1/public/decisions"));
    }

    @Test
    @DisplayName("a service's own bearer scheme is folded into the single bearerAuth scheme")
    void foldsBearerSchemes() throws Exception {
        ObjectNode merged = OpenApiMerger.merge(List.of(
                ServiceDocument.available(Service.RECORDING, document("/api/v1/cases", "Id"))), null);
        assertEquals(List.of("bearerAuth"), iterable(merged.path("components").path("securitySchemes").fieldNames()));
        assertFalse(merged.has("x-unavailable"));
    }

    private ObjectNode document(String path, String schema) throws Exception {
        return (ObjectNode) mapper.readTree("""
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                 "paths": {"%s": {"get": {"responses": {"200": {"description": "ok"}}}}},
                 "components": {"schemas": {"%s": {"type": "string"}},
                   "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "Bearer"}}}}
                """.formatted(path, schema));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
