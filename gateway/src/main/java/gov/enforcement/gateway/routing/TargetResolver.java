package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.ops.ApiTelemetry;
import gov.enforcement.gateway.problem.ProblemResponses;
import gov.enforcement.gateway.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** First step for every API request: find the service that owns the path, or answer 404. */
@ApplicationScoped
public class TargetResolver implements Handler<RoutingContext> {

    private final ApiTelemetry telemetry;

    TargetResolver(ApiTelemetry telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    public void handle(RoutingContext ctx) {
        // the body stays on the wire until the caller has been checked
        ctx.request().pause();
        // decisions and forwarding use the same normalised path, so "/public/../cases" cannot dodge the guard
        String path = ctx.normalizedPath();
        Optional<String> family = RouteTable.familyOf(path);
        Optional<Service> owner = family.flatMap(RouteTable::ownerOf);
        if (owner.isEmpty()) {
            telemetry.track(ctx, "unknown");
            ProblemResponses.send(ctx, ProblemType.NOT_FOUND, "no API is served at " + path);
            return;
        }
        ApiTarget target = ApiTarget.of(family.get(), owner.get(), path, ctx.request().query());
        telemetry.track(ctx, target.family());
        ctx.put(ApiTarget.CONTEXT_KEY, target);
        ctx.next();
    }
}
