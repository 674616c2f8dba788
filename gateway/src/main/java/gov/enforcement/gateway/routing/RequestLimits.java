package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.problem.ProblemResponses;
import gov.enforcement.gateway.problem.ProblemType;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The limits on a request's target and headers, answered with problem documents. The HTTP server's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code .max-header-size}) are set well above these,
 * because what the server refuses itself it answers with an empty body, before any route can speak.
 */
@ApplicationScoped
public class RequestLimits {

    private final RequestConfig config;

    RequestLimits(RequestConfig config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        // right after the correlation id (-1000), ahead of every other route
        router.route().order(-990).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        int uriLength = ctx.request().uri().length();
        if (uriLength > config.maxUriLength()) {
            ProblemResponses.send(ctx, ProblemType.URI_TOO_LONG, "the request target has " + uriLength
                    + " characters; at most " + config.maxUriLength() + " are accepted");
            return;
        }
        long headerBytes = headerBytes(ctx.request().headers());
        if (headerBytes > config.maxHeaderSize().asLongValue()) {
            ProblemResponses.send(ctx, ProblemType.HEADERS_TOO_LARGE, "the request headers take " + headerBytes
                    + " bytes; at most " + config.maxHeaderSize().asLongValue() + " are accepted");
            return;
        }
        ctx.next();
    }

    /** As on the wire: "name: value" and a line break per header. */
    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (var header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }
}
