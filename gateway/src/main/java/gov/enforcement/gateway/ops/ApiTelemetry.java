package gov.enforcement.gateway.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts API requests per family and status ({@code gateway_requests_total}) and writes the access log. */
@ApplicationScoped
public class ApiTelemetry {

    /** The context key Quarkus' HTTP metrics read the route template from. */
    private static final String URL_TEMPLATE_KEY = "UrlPathTemplate";

    private final MeterRegistry registry;

    ApiTelemetry(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Starts watching one API request; {@code family} is "unknown" for paths no service owns. */
    public void track(RoutingContext ctx, String family) {
        long started = System.nanoTime();
        if (ctx.request() instanceof HttpServerRequestInternal internal) {
            // without a template the built-in http_server_requests metric would get one series per case id
            internal.context().putLocal(URL_TEMPLATE_KEY, "/api/v1/" + family + "/*");
        }
        ctx.addEndHandler(done -> {
            int status = ctx.response().getStatusCode();
            registry.counter("gateway.requests", "family", family, "status", Integer.toString(status)).increment();
            Log.infof("%s %s -> %d in %d ms", ctx.request().method(), ctx.request().path(), status,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }
}
