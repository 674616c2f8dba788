package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.auth.Caller;
import gov.enforcement.gateway.limits.InFlightLimiter;
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
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Last step for every API request: receives the caller's body whole, then sends the request to the owning service
 * and streams the answer back, untouched.
 */
@ApplicationScoped
public class Forwarder implements Handler<RoutingContext> {

    private final UpstreamClient upstream;
    private final RequestConfig requests;
    private final InFlightLimiter inFlight;
    private final Optional<URI> publicBase;

    Forwarder(UpstreamClient upstream, RequestConfig requests, InFlightLimiter inFlight,
              @ConfigProperty(name = "gateway.public-base-url") Optional<URI> publicBase) {
        this.upstream = upstream;
        this.requests = requests;
        this.inFlight = inFlight;
        this.publicBase = publicBase;
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
        String noBody = BodyRules.whyNoBody(in.method(), ctx.get(Caller.CONTEXT_KEY));
        if (noBody != null && BodyRules.announced(in, declared)) {
            ProblemResponses.send(ctx, ProblemType.INVALID_REQUEST, noBody);
            return;
        }
        if (declared > upstream.maxBodyBytes()) {
            tooLarge(ctx);
            return;
        }
        if (noBody == null && "100-continue".equalsIgnoreCase(in.getHeader(HttpHeaders.EXPECT))) {
            ctx.response().writeContinue(); // the caller waits for this before sending a large body
        }
        // the whole body first: a caller who sends slowly must not hold a connection to the service meanwhile
        BodyReceiver.receive(ctx.vertx(), in, noBody == null ? upstream.maxBodyBytes() : 0, requests)
                .onSuccess(body -> {
                    if (ctx.response().closed()) {
                        body.release(ctx.vertx()); // the caller left: no end handler would run any more
                        return;
                    }
                    ctx.addEndHandler(done -> body.release(ctx.vertx()));
                    if (!inFlight.admit(ctx)) {
                        return; // the caller already has its share of this service's connections: answered 429
                    }
                    upstream.open(target.service(), in.method(), target.pathAndQuery())
                            .onSuccess(out -> send(ctx, target, out, body))
                            .onFailure(failure -> upstreamFailed(ctx, target, failure));
                })
                .onFailure(failure -> notReceived(ctx, failure, noBody));
    }

    private void send(RoutingContext ctx, ApiTarget target, HttpClientRequest out, ReceivedBody body) {
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
        // the body is whole now, so its length is known even when the caller sent it chunked
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        if (body.length() > 0 || in.getHeader(HttpHeaders.CONTENT_LENGTH) != null) {
            headers.set(HttpHeaders.CONTENT_LENGTH, Long.toString(body.length()));
        }
        // the caller hung up: stop the service's work too (Vert.x Web owns the response's close handler)
        ctx.addEndHandler(done -> {
            if (done.failed()) {
                out.reset();
            }
        });
        out.idleTimeout(upstream.responseTimeoutMillis());
        out.response()
                .onSuccess(response -> relay(ctx, target, response))
                .onFailure(failure -> upstreamFailed(ctx, target, failure));
        body.sendTo(ctx.vertx(), out).onFailure(failure -> out.reset(0, failure));
    }

    private void notReceived(RoutingContext ctx, Throwable failure, String noBody) {
        if (failure instanceof BodyReceiver.TooLarge) {
            if (noBody != null) {
                ProblemResponses.send(ctx, ProblemType.INVALID_REQUEST, noBody);
            } else {
                tooLarge(ctx);
            }
        } else if (failure instanceof BodyReceiver.TooSlow) {
            Log.infof("%s %s: the request body did not arrive in time", ctx.request().method(), ctx.request().path());
            ProblemResponses.send(ctx, ProblemType.REQUEST_TIMEOUT, "the request body did not arrive in time: it may take "
                    + requests.bodyTimeout().toSeconds() + " s plus one second per " + requests.bodyMinRate().asLongValue()
                    + " bytes");
        } else if (!ctx.response().closed()) {
            Log.debugf("%s %s: the request body broke off: %s", ctx.request().method(), ctx.request().path(), failure);
            ctx.response().reset();
        }
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
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            String rewritten = Locations.rewrite(location, publicBase);
            if (rewritten == null) {
                out.headers().remove(HttpHeaders.LOCATION);
            } else {
                out.headers().set(HttpHeaders.LOCATION, rewritten);
            }
        }
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

    private static boolean mayHaveBody(HttpMethod method, int status) {
        return !HttpMethod.HEAD.equals(method) && status >= 200 && status != 204 && status != 304;
    }
}
