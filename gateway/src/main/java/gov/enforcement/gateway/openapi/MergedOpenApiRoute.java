package gov.enforcement.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import gov.enforcement.gateway.devtokens.DevTokensConfig;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/** {@code GET /openapi} (JSON) and {@code /openapi.yaml}: the merged document, cached briefly. */
@ApplicationScoped
public class MergedOpenApiRoute {

    private static final String DEV_TOKENS_PATHS = "/gateway-openapi/dev-tokens.json";
    private static final YAMLMapper YAML = new YAMLMapper();

    private final ServiceDocuments documents;
    private final OpenApiConfig config;
    private final ObjectMapper mapper;
    private final ObjectNode gatewayPaths;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    MergedOpenApiRoute(ServiceDocuments documents, OpenApiConfig config, ObjectMapper mapper, DevTokensConfig devTokens) {
        this.documents = documents;
        this.config = config;
        this.mapper = mapper;
        this.gatewayPaths = devTokens.enabled() ? readResource(mapper, DEV_TOKENS_PATHS) : null;
    }

    void register(@Observes Router router) {
        router.get("/openapi").handler(ctx -> serve(ctx, false));
        router.get("/openapi.json").handler(ctx -> serve(ctx, false));
        router.get("/openapi.yaml").handler(ctx -> serve(ctx, true));
    }

    private void serve(RoutingContext ctx, boolean yaml) {
        current().onSuccess(document -> {
            try {
                ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, yaml ? "application/yaml" : "application/json")
                        .end(yaml ? YAML.writeValueAsString(document) : mapper.writeValueAsString(document));
            } catch (IOException e) {
                ctx.fail(e);
            }
        }).onFailure(ctx::fail);
    }

    /** The cached document while fresh; otherwise one new round of fetches shared by concurrent callers. */
    private Future<ObjectNode> current() {
        long now = System.nanoTime();
        Cached cached = cache.get();
        if (cached != null && now < cached.expiresAtNanos()) {
            return cached.document();
        }
        Future<ObjectNode> fresh = documents.fetchAll().map(sources -> OpenApiMerger.merge(sources, gatewayPaths));
        Cached next = new Cached(fresh, now + config.cacheTtl().toNanos());
        return cache.compareAndSet(cached, next) ? fresh : cache.get().document();
    }

    private static ObjectNode readResource(ObjectMapper mapper, String name) {
        try (InputStream in = MergedOpenApiRoute.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Cached(Future<ObjectNode> document, long expiresAtNanos) {
    }
}
