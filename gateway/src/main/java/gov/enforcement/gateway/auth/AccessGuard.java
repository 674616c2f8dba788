package gov.enforcement.gateway.auth;

import gov.enforcement.gateway.problem.ProblemResponses;
import gov.enforcement.gateway.problem.ProblemType;
import gov.enforcement.gateway.routing.ApiTarget;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.TreeSet;

/** Second step for every API request: the token check (401) and the coarse role check (403). */
@ApplicationScoped
public class AccessGuard implements Handler<RoutingContext> {

    private static final String CHALLENGE = "Bearer realm=\"enforcement\"";

    private final BearerAuthenticator authenticator;

    AccessGuard(BearerAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void handle(RoutingContext ctx) {
        ApiTarget target = ctx.get(ApiTarget.CONTEXT_KEY);
        Requirement requirement = AccessPolicy.requirement(target.family(), ctx.request().method(),
                target.pathWithinFamily());
        if (requirement instanceof Requirement.Open) {
            ctx.next();
            return;
        }
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            unauthorized(ctx, CHALLENGE, "this API needs a bearer token");
            return;
        }
        Authentication remembered = authenticator.remembered(header);
        if (remembered != null) {
            decide(ctx, target, requirement, remembered);
            return;
        }
        ctx.vertx().executeBlocking(() -> authenticator.authenticate(header), false)
                .onSuccess(outcome -> decide(ctx, target, requirement, outcome))
                .onFailure(ctx::fail);
    }

    private void decide(RoutingContext ctx, ApiTarget target, Requirement requirement, Authentication outcome) {
        // Java 17: no pattern matching in switch yet, hence the chain
        if (outcome instanceof Authentication.Rejected rejected) {
            unauthorized(ctx, CHALLENGE + ", error=\"invalid_token\", error_description=\"" + rejected.reason() + "\"",
                    rejected.reason());
        } else if (outcome instanceof Authentication.Authenticated authenticated) {
            Caller caller = authenticated.caller();
            if (!requirement.admits(caller.roles())) {
                ProblemResponses.send(ctx, ProblemType.FORBIDDEN, "the roles " + new TreeSet<>(caller.roles())
                        + " may not " + ctx.request().method() + " the " + target.family() + " API");
                return;
            }
            ctx.put(Caller.CONTEXT_KEY, caller);
            ctx.next();
        } else {
            unauthorized(ctx, CHALLENGE, "this API needs a bearer token");
        }
    }

    private static void unauthorized(RoutingContext ctx, String challenge, String detail) {
        ctx.response().putHeader("WWW-Authenticate", challenge);
        ProblemResponses.send(ctx, ProblemType.UNAUTHORIZED, detail);
    }
}
