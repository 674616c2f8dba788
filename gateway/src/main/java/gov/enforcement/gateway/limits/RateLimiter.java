package gov.enforcement.gateway.limits;

import gov.enforcement.gateway.auth.Caller;
import gov.enforcement.gateway.problem.ProblemResponses;
import gov.enforcement.gateway.problem.ProblemType;
import gov.enforcement.gateway.routing.ApiTarget;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per route class, per caller address (before the token is even checked, so a flood of bad tokens
 * costs no signature checks) and per token subject (after). Over the limit: 429 with {@code Retry-After}.
 */
@ApplicationScoped
@Startup
public class RateLimiter {

    private final RateLimitConfig config;
    private final MeterRegistry registry;
    private final Map<RouteClass, Buckets> byAddress = new EnumMap<>(RouteClass.class);
    private final Map<RouteClass, Buckets> byClient = new EnumMap<>(RouteClass.class);
    private final Vertx vertx;
    private final long sweepTimer;

    RateLimiter(RateLimitConfig config, MeterRegistry registry, Vertx vertx) {
        this.config = config;
        this.registry = registry;
        this.vertx = vertx;
        for (RouteClass routeClass : RouteClass.values()) {
            RateLimitConfig.ClassLimits limits = config.of(routeClass);
            byAddress.put(routeClass, new Buckets(limits.perIp(), config.maxTracked(), System::nanoTime));
            limits.perClient().ifPresent(limit -> byClient.put(routeClass, new Buckets(limit, config.maxTracked(), System::nanoTime)));
        }
        this.sweepTimer = vertx.setPeriodic(config.sweepInterval().toMillis(), id -> sweep());
    }

    /** Before the token check: by the caller's address. */
    public void limitByAddress(RoutingContext ctx) {
        RouteClass routeClass = routeClass(ctx);
        String address = ClientAddresses.keyOf(ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().host());
        admitOrRefuse(ctx, routeClass, byAddress.get(routeClass), address, "address");
    }

    /** After the token check: by the token's subject, for classes that carry one. */
    public void limitByClient(RoutingContext ctx) {
        RouteClass routeClass = routeClass(ctx);
        Caller caller = ctx.get(Caller.CONTEXT_KEY);
        Buckets buckets = byClient.get(routeClass);
        if (caller == null || buckets == null) {
            ctx.next();
            return;
        }
        admitOrRefuse(ctx, routeClass, buckets, caller.agency() + "/" + caller.subject(), "client");
    }

    private void admitOrRefuse(RoutingContext ctx, RouteClass routeClass, Buckets buckets, String key, String scope) {
        if (!config.enabled()) {
            ctx.next();
            return;
        }
        long waitNanos = buckets.take(key);
        if (waitNanos == 0) {
            ctx.next();
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
        registry.counter("gateway.rate.limited", "class", routeClass.configName(), "by", scope).increment();
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        ProblemResponses.send(ctx, ProblemType.TOO_MANY_REQUESTS, "more than " + buckets.limit().rate() + " "
                + routeClass.configName() + " requests per second (bursts of " + buckets.limit().burst() + ") from "
                + "this " + scope + "; retry after " + retryAfter + " s");
    }

    private static RouteClass routeClass(RoutingContext ctx) {
        RouteClass known = ctx.get(RouteClass.class.getName());
        if (known != null) {
            return known;
        }
        ApiTarget target = ctx.get(ApiTarget.CONTEXT_KEY);
        RouteClass routeClass = RouteClass.of(ctx.request().method(), target);
        ctx.put(RouteClass.class.getName(), routeClass);
        return routeClass;
    }

    void sweep() {
        byAddress.values().forEach(Buckets::sweep);
        byClient.values().forEach(Buckets::sweep);
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(sweepTimer);
    }
}
