package gov.enforcement.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Writes the gateway's own problem responses; upstream problems never pass through here. */
public final class ProblemResponses {

    /** How long a refused body is read and dropped before its connection is closed. */
    private static final long LINGER_MILLIS = 1000;

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
            // the body we refused is still on the wire; closing is cheaper than reading it all. Closing with unread
            // bytes makes the socket send a reset, which can destroy the answer before the caller reads it, so what
            // is in flight is read and dropped for a moment first (a lingering close), never longer than LINGER
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.end(problem.toJson().encode()).onComplete(sent -> lingerThenClose(ctx));
            return;
        }
        response.end(problem.toJson().encode());
    }

    private static void lingerThenClose(RoutingContext ctx) {
        var request = ctx.request();
        var connection = request.connection();
        if (connection == null) {
            return;
        }
        long timer = ctx.vertx().setTimer(LINGER_MILLIS, id -> connection.close());
        try {
            request.handler(dropped -> { }).endHandler(done -> {
                ctx.vertx().cancelTimer(timer);
                connection.close();
            }).resume();
        } catch (IllegalStateException alreadyRead) {
            ctx.vertx().cancelTimer(timer);
            connection.close(); // the request has ended meanwhile: nothing left to drop
        }
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
