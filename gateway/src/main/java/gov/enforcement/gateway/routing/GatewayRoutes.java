package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.auth.AccessGuard;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The API route: resolve the owning service, check the caller, forward. */
@ApplicationScoped
public class GatewayRoutes {

    private final TargetResolver resolver;
    private final AccessGuard guard;
    private final Forwarder forwarder;

    GatewayRoutes(TargetResolver resolver, AccessGuard guard, Forwarder forwarder) {
        this.resolver = resolver;
        this.guard = guard;
        this.forwarder = forwarder;
    }

    void register(@Observes Router router) {
        router.route(RouteTable.API_PREFIX + "/*").handler(resolver).handler(guard).handler(forwarder);
    }
}
