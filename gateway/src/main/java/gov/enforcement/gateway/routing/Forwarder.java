package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.ops.CorrelationIds;
import gov.enforcement.gateway.problem.ProblemResponses;
import gov.enforcement.gateway.problem.ProblemType;
import io.quarkus.logging.Log;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;

/** Last step for every API request: streams it to the owning service and the answer back, untouched. */
@ApplicationScoped
public class Forwarder implements Handler<RoutingContext> {

    private final UpstreamClient upstream;

    Forwarder(UpstreamClient upstream) {
        this.upstream = upstream;
    }

    @Override
    public void handle(RoutingContext ctx) {
        ApiTarget target = ctx.get(ApiTarget.CONTEXT_KEY);
        HttpServerRequest in = ctx.request();
        long declared;
        try {
            declared = declaredLength(in);
        } catch (NumberFormatException e) {
            ProblemResponses.send(ctx, ProblemType.INVALID_REQUEST, "Content-Length is not a number");
            return;
        }
        if (declared > upstream.maxBodyBytes()) {
            tooLarge(ctx);
            return;
        }
        upstream.open(target.service(), in.method(), target.pathAndQuery())
                .onSuccess(out -> send(ctx, target, out, declared))
                .onFailure(failure -> upstreamFailed(ctx, target, failure));
    }

    private void send(RoutingContext ctx, ApiTarget target, HttpClientRequest out, long declared) {
        HttpServerRequest in = ctx.request();
        if (ctx.response().closed()) {
            out.reset();
            return;
        }
        // failures also reach the response future below; this only keeps Vert.x from logging them as unhandled
        out.exceptionHandler(failure -> Log.debugf("%s request for %s ended: %s", target.service().key(), target.path(), failure));
        MultiMap headers = out.headers();
        HopByHopHeaders.copy(in.headers(), headers);
        addForwardingHeaders(ctx, headers);
        // HTTP/2 frames bodies without Content-Length; towards the HTTP/1.1 service that means chunked
        if (declared < 0 && (isChunked(in) || (in.version() == HttpVersion.HTTP_2 && !in.isEnded()))) {
            out.setChunked(true);
        }
        // the caller hung up: stop the service's work too (Vert.x Web owns the response's close handler)
        ctx.addEndHandler(done -> {
            if (done.failed()) {
                out.reset();
            }
        });
        out.response()
                .onSuccess(response -> relay(ctx, target, response))
                .onFailure(failure -> upstreamFailed(ctx, target, failure));
        if ("100-continue".equalsIgnoreCase(in.getHeader(HttpHeaders.EXPECT))) {
            ctx.response().writeContinue(); // the caller waits for this before sending a large body
        }
        RequestBodyPump.start(in, out, upstream.maxBodyBytes(),
                () -> {
                    tooLarge(ctx); // answer first: resetting the service request fails its response future
                    out.reset();
                },
                // the response clock starts when the body is sent: a slow upload is not the service's fault
                () -> out.idleTimeout(upstream.responseTimeoutMillis()));
    }

    private void relay(RoutingContext ctx, ApiTarget target, HttpClientResponse response) {
        HttpServerResponse out = ctx.response();
        if (out.ended() || out.closed()) {
            response.request().reset();
            return;
        }
        out.setStatusCode(response.statusCode());
        out.setStatusMessage(response.statusMessage());
        HopByHopHeaders.copy(response.headers(), out.headers());
        if (!out.headers().contains(HttpHeaders.CONTENT_LENGTH) && mayHaveBody(ctx.request().method(), response.statusCode())) {
            out.setChunked(true);
        }
        response.pipe()
                // a body cut short must not reach the caller looking complete, so reset instead of ending
                .endOnFailure(false)
                .to(out)
                .onFailure(failure -> {
                    Log.warnf("%s answer for %s broke off: %s", target.service().key(), target.path(), failure.toString());
                    out.reset();
                });
    }

    private void upstreamFailed(RoutingContext ctx, ApiTarget target, Throwable failure) {
        if (ctx.response().closed() || ctx.response().ended()) {
            return; // the caller left, or has already been answered (e.g. 413)
        }
        ProblemType kind = UpstreamFailures.classify(failure);
        Log.warnf("%s %s: %s service failed: %s", ctx.request().method(), target.path(), target.service().key(),
                failure.toString());
        ProblemResponses.send(ctx, kind, UpstreamFailures.detail(kind, target.service()));
    }

    private void tooLarge(RoutingContext ctx) {
        ProblemResponses.send(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + upstream.maxBodyBytes() + " bytes");
    }

    private static void addForwardingHeaders(RoutingContext ctx, MultiMap headers) {
        HttpServerRequest in = ctx.request();
        headers.set(CorrelationIds.HEADER, CorrelationIds.of(ctx));
        String client = in.remoteAddress() == null ? "unknown" : in.remoteAddress().host();
        String previous = in.getHeader("X-Forwarded-For");
        headers.set("X-Forwarded-For", previous == null ? client : previous + ", " + client);
        headers.set("X-Forwarded-Proto", in.scheme());
        if (in.authority() != null) {
            headers.set("X-Forwarded-Host", in.authority().toString());
        }
    }

    private static long declaredLength(HttpServerRequest in) {
        String value = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        return value == null ? -1 : Long.parseLong(value.trim());
    }

    private static boolean isChunked(HttpServerRequest in) {
        String encoding = in.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean mayHaveBody(HttpMethod method, int status) {
        return !HttpMethod.HEAD.equals(method) && status >= 200 && status != 204 && status != 304;
    }
}
