package gov.enforcement.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.gateway.routing.Service;
import gov.enforcement.gateway.routing.UpstreamClient;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** Fetches every service's own OpenAPI document; a service that fails is reported, never fatal. */
@ApplicationScoped
public class ServiceDocuments {

    /** Where a Quarkus service serves its generated document. */
    static final String DOCUMENT_PATH = "/q/openapi?format=json";

    private final UpstreamClient upstream;
    private final OpenApiConfig config;
    private final ObjectMapper mapper;

    ServiceDocuments(UpstreamClient upstream, OpenApiConfig config, ObjectMapper mapper) {
        this.upstream = upstream;
        this.config = config;
        this.mapper = mapper;
    }

    /** All services' documents in {@link Service} order; this future never fails. */
    public Future<List<ServiceDocument>> fetchAll() {
        List<Future<ServiceDocument>> fetches = Arrays.stream(Service.values()).map(this::fetch).toList();
        return Future.join(fetches).map(done -> fetches.stream().map(Future::result).toList());
    }

    private Future<ServiceDocument> fetch(Service service) {
        return upstream.fetch(service, DOCUMENT_PATH, config.fetchTimeout())
                .map(fetched -> fetched.status() == 200
                        ? parse(service, fetched.body().getBytes())
                        : ServiceDocument.unavailable(service, "answered HTTP " + fetched.status()))
                .otherwise(failure -> {
                    Log.warnf("OpenAPI document of %s left out: %s", service.key(), failure.toString());
                    return ServiceDocument.unavailable(service,
                            failure instanceof TimeoutException ? "did not answer in time" : "unreachable");
                });
    }

    private ServiceDocument parse(Service service, byte[] body) {
        try {
            JsonNode document = mapper.readTree(body);
            if (document instanceof ObjectNode object && object.has("openapi")) {
                return ServiceDocument.available(service, object);
            }
        } catch (IOException e) {
            Log.debugf(e, "unreadable OpenAPI document from %s", service.key());
        }
        return ServiceDocument.unavailable(service, "served no OpenAPI JSON document");
    }
}
