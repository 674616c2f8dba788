package gov.enforcement.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.gateway.auth.AccessPolicy;
import gov.enforcement.gateway.auth.Requirement;
import gov.enforcement.gateway.routing.RouteTable;
import gov.enforcement.gateway.routing.Service;
import io.vertx.core.http.HttpMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the one public OpenAPI document from the services' own: the paths each service owns (by the routing
 * table), all components, one {@code bearerAuth} scheme, and a note for every service that could not be asked.
 * Pure: no I/O, so it is tested without any server.
 */
public final class OpenApiMerger {

    public static final String TITLE = "Three systems of administrative law enforcement API";
    public static final String SECURITY_SCHEME = "bearerAuth";

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenApiMerger() {
    }

    /**
     * @param gatewayPaths path items the gateway serves itself (e.g. {@code /dev/tokens}), or null
     */
    public static ObjectNode merge(List<ServiceDocument> sources, ObjectNode gatewayPaths) {
        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        ObjectNode components = JSON.objectNode();
        components.putObject("securitySchemes").set(SECURITY_SCHEME, bearerScheme());
        ComponentsMerger componentsMerger = new ComponentsMerger(components);
        ArrayNode unavailable = JSON.arrayNode();
        String version = "3.1.0";
        for (ServiceDocument source : sources) {
            if (!source.isAvailable()) {
                unavailable.addObject().put("service", source.service().key()).put("reason", source.unavailableReason());
                continue;
            }
            ObjectNode document = source.document().deepCopy();
            componentsMerger.add(document, source.service());
            document.path("paths").fields().forEachRemaining(path -> {
                // only what the gateway actually routes to this service; anything else would be a dead link
                if (owner(path.getKey()).equals(Optional.of(source.service())) && path.getValue() instanceof ObjectNode item) {
                    paths.put(path.getKey(), withSecurity(path.getKey(), item));
                }
            });
            document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
            version = document.path("openapi").asText(version);
        }
        if (gatewayPaths != null) {
            gatewayPaths.deepCopy().fields().forEachRemaining(path -> paths.put(path.getKey(), path.getValue()));
        }
        if (!components.path("schemas").has("Problem")) {
            (components.has("schemas") ? (ObjectNode) components.get("schemas") : components.putObject("schemas"))
                    .set("Problem", GatewayAnswers.minimalProblem());
        }
        return assemble(version, paths, tags, components, unavailable);
    }

    private static ObjectNode assemble(String version, Map<String, JsonNode> paths, Map<String, JsonNode> tags,
                                       ObjectNode components, ArrayNode unavailable) {
        ObjectNode document = JSON.objectNode();
        document.put("openapi", version);
        ObjectNode info = document.putObject("info");
        info.put("title", TITLE);
        info.put("version", "v1");
        info.put("description", description(unavailable));
        // relative: the document is served by the gateway that serves the API, at whatever address it is reached
        document.putArray("servers").addObject().put("url", "/")
                .put("description", "the gateway serving this document; paths start with " + RouteTable.API_PREFIX);
        if (!tags.isEmpty()) {
            document.putArray("tags").addAll(tags.values());
        }
        ObjectNode pathsNode = document.putObject("paths");
        paths.forEach(pathsNode::set);
        document.set("components", components);
        document.putArray("security").addObject().putArray(SECURITY_SCHEME);
        if (!unavailable.isEmpty()) {
            document.set("x-unavailable", unavailable);
        }
        return document;
    }

    /**
     * Each operation says what the gateway demands of it (nothing for public paths, the bearer token otherwise) and
     * what it may answer itself.
     */
    private static JsonNode withSecurity(String path, ObjectNode item) {
        String family = RouteTable.familyOf(path).orElseThrow();
        String within = path.substring(RouteTable.API_PREFIX.length() + 1 + family.length());
        item.fields().forEachRemaining(entry -> {
            if (OPERATIONS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation) {
                HttpMethod method = HttpMethod.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
                boolean open = AccessPolicy.requirement(family, method, within) instanceof Requirement.Open;
                ArrayNode security = operation.putArray("security");
                if (!open) {
                    security.addObject().putArray(SECURITY_SCHEME);
                }
                GatewayAnswers.addTo(operation);
            }
        });
        return item;
    }

    private static Optional<Service> owner(String path) {
        return RouteTable.familyOf(path).flatMap(RouteTable::ownerOf);
    }

    private static ObjectNode bearerScheme() {
        return JSON.objectNode().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "RS256 JWT with sub, groups (roles), agency and, for officers, cert");
    }

    private static String description(ArrayNode unavailable) {
        StringBuilder text = new StringBuilder("The public API of the recording, legal-review and disclosure services, "
                + "served by the gateway under /api/v1 and merged from the services' own documents at request time. "
                + "Errors are application/problem+json (RFC 9457).");
        if (!unavailable.isEmpty()) {
            text.append(" Left out because the service could not be asked just now:");
            unavailable.forEach(note -> text.append(' ').append(note.path("service").asText()));
            text.append('.');
        }
        return text.toString();
    }
}
