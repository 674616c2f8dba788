package gov.enforcement.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Writes the gateway's own problem responses; upstream problems never pass through here. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void send(RoutingContext ctx, ProblemType kind, String detail) {
        send(ctx, Problem.of(kind, detail, ctx.request().path()));
    }

    public static void send(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            // too late for a problem document: a truncated body must not look complete
            response.reset();
            return;
        }
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (hasUnreadBody(ctx) && ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_2) {
            // an HTTP/2 connection carries other callers' streams: end this stream only, the rest of its body is dropped
            response.end(problem.toJson().encode()).onComplete(sent -> response.reset());
            return;
        }
        if (hasUnreadBody(ctx)) {
            // the body we refused is still on the wire; closing is cheaper than reading it all
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.end(problem.toJson().encode()).onComplete(sent -> {
                if (ctx.request().connection() != null) {
                    ctx.request().connection().close();
                }
            });
            return;
        }
        response.end(problem.toJson().encode());
    }

    private static boolean hasUnreadBody(RoutingContext ctx) {
        var request = ctx.request();
        if (request.isEnded()) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !"0".equals(length.trim()));
    }
}
