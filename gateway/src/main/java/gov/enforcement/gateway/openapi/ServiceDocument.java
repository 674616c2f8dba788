package gov.enforcement.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.gateway.routing.Service;

/** One service's own OpenAPI document, or why it could not be had ({@code document} is then null). */
public record ServiceDocument(Service service, ObjectNode document, String unavailableReason) {

    public static ServiceDocument available(Service service, ObjectNode document) {
        return new ServiceDocument(service, document, null);
    }

    public static ServiceDocument unavailable(Service service, String reason) {
        return new ServiceDocument(service, null, reason);
    }

    public boolean isAvailable() {
        return document != null;
    }
}
