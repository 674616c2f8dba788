package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.auth.AccessGuard;
import gov.enforcement.gateway.limits.RateLimiter;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The API route: resolve the owning service, limit by address, check the caller, limit by client, forward. */
@ApplicationScoped
public class GatewayRoutes {

    private final TargetResolver resolver;
    private final AccessGuard guard;
    private final RateLimiter limiter;
    private final Forwarder forwarder;

    GatewayRoutes(TargetResolver resolver, AccessGuard guard, RateLimiter limiter, Forwarder forwarder) {
        this.resolver = resolver;
        this.guard = guard;
        this.limiter = limiter;
        this.forwarder = forwarder;
    }

    void register(@Observes Router router) {
        router.route(RouteTable.API_PREFIX + "/*").handler(resolver).handler(limiter::limitByAddress).handler(guard)
                .handler(limiter::limitByClient).handler(forwarder);
    }
}
