package gov.enforcement.gateway.problem;

import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/** Turns "no route" and unexpected failures into problem documents instead of Vert.x's plain text. */
@ApplicationScoped
public class ProblemRoutes {

    void register(@Observes Router router) {
        // after every other route (REST, /q/*, static files), so only truly unknown paths end here
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
        router.route().failureHandler(this::failure);
    }

    private void notFound(RoutingContext ctx) {
        ProblemResponses.send(ctx, ProblemType.NOT_FOUND, "no resource at " + ctx.request().path());
    }

    private void failure(RoutingContext ctx) {
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        ProblemType kind = ProblemType.forStatus(status);
        if (status >= 500) {
            Log.errorf(ctx.failure(), "request %s %s failed", ctx.request().method(), ctx.request().path());
        }
        String detail = status >= 500 || ctx.failure() == null || ctx.failure().getMessage() == null
                ? kind.title()
                : ctx.failure().getMessage();
        ProblemResponses.send(ctx, new Problem(kind, status, detail, ctx.request().path(), List.of()));
    }
}
