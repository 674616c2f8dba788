package gov.enforcement.gateway.limits;

import gov.enforcement.gateway.auth.Caller;
import gov.enforcement.gateway.problem.ProblemResponses;
import gov.enforcement.gateway.problem.ProblemType;
import gov.enforcement.gateway.routing.ApiTarget;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests one caller may have open at one service at once: a token's client (agency and subject), or,
 * without a token, an address. The gateway keeps a few dozen connections to each service; a rate limit counts
 * requests as they start, so a caller whose requests last (slow answers, answers it reads slowly) could still
 * hold all of them and leave every other caller waiting for 504. Past the share: 429 at once, nothing forwarded.
 */
@ApplicationScoped
public class InFlightLimiter {

    private final RateLimitConfig config;
    private final MeterRegistry registry;
    // caller at service → requests open; an entry goes when its count drops to zero
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    InFlightLimiter(RateLimitConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /**
     * Takes one of the caller's slots at the target's service for this request, until its answer has been sent; when
     * none is free, answers 429 and returns false. Called once the body has arrived, when the gateway is about to
     * open a request to the service: a body still arriving holds no service connection, so it holds no slot either.
     */
    public boolean admit(RoutingContext ctx) {
        if (!config.enabled()) {
            return true;
        }
        ApiTarget target = ctx.get(ApiTarget.CONTEXT_KEY);
        Caller caller = ctx.get(Caller.CONTEXT_KEY);
        String scope = caller == null ? "address" : "client";
        String key = target.service().key() + " " + (caller == null
                ? ClientAddresses.keyOf(ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().host())
                : caller.agency() + "/" + caller.subject());
        int max = config.inFlightPerCaller();
        if (!tryTake(key, max)) {
            registry.counter("gateway.rate.limited", "class", "in-flight", "by", scope).increment();
            ctx.response().putHeader("Retry-After", "1");
            ProblemResponses.send(ctx, ProblemType.TOO_MANY_REQUESTS, "this " + scope + " already has " + max
                    + " requests open at the " + target.service().key() + " service; retry after 1 s");
            return false;
        }
        ctx.addEndHandler(done -> give(key));
        return true;
    }

    boolean tryTake(String key, int max) {
        boolean[] taken = {false};
        open.compute(key, (k, count) -> {
            int now = count == null ? 0 : count;
            if (now >= max) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        return taken[0];
    }

    void give(String key) {
        open.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
    }

    /** Requests open under a key (tests). */
    int openUnder(String key) {
        return open.getOrDefault(key, 0);
    }
}
