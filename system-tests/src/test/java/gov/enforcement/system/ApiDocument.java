package gov.enforcement.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The operations of the gateway's merged OpenAPI document: the list no endpoint can hide from. */
final class ApiDocument {

    static final Set<String> METHODS = Set.of("get", "head", "post", "put", "patch", "delete");
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** One operation, e.g. {@code POST /api/v1/cases/{caseId}/events}. */
    record Operation(String method, String path) implements Comparable<Operation> {

        static Operation parse(String text) {
            String[] parts = text.trim().split("\\s+", 2);
            return new Operation(parts[0].toUpperCase(), parts[1]);
        }

        boolean isWrite() {
            return WRITES.contains(method);
        }

        @Override
        public int compareTo(Operation o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private ApiDocument() {
    }

    /** Every operation under {@code /api/v1} in the merged document; fails when a service was left out of it. */
    static Set<Operation> operations(String gateway) {
        JsonNode doc = Http.get(gateway, "/openapi", null).json();
        if (doc.has("x-unavailable") && !doc.get("x-unavailable").isEmpty()) {
            throw new AssertionError("the merged OpenAPI document lacks services: " + doc.get("x-unavailable"));
        }
        Set<Operation> operations = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method.toUpperCase(), path.getKey()));
                }
            });
        }
        if (operations.isEmpty()) {
            throw new AssertionError("the merged OpenAPI document lists no /api/v1 operation");
        }
        return operations;
    }

    static List<Operation> writes(String gateway) {
        List<Operation> writes = new ArrayList<>();
        operations(gateway).stream().filter(Operation::isWrite).forEach(writes::add);
        return writes;
    }
}
