package gov.enforcement.gateway.devtokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.gateway.problem.Problem;
import gov.enforcement.gateway.problem.Problem.FieldError;
import gov.enforcement.gateway.problem.ProblemResponses;
import gov.enforcement.gateway.problem.ProblemType;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /dev/tokens}: tokens for the one-machine stack. When {@code gateway.dev-tokens.enabled} is false
 * (every profile but dev) every method answers the same 404 as an unknown path, so nothing shows it exists.
 */
@ApplicationScoped
public class DevTokensRoute {

    public static final String PATH = "/dev/tokens";
    private static final int BODY_LIMIT = 16 * 1024;

    private final DevTokensConfig config;
    private final DevTokenIssuer issuer;
    private final ObjectMapper mapper;

    DevTokensRoute(DevTokensConfig config, DevTokenIssuer issuer, ObjectMapper mapper) {
        this.config = config;
        this.issuer = issuer;
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        // two routes because Vert.x wants a body handler first on its route; the gate's next() leads to the second
        router.route(PATH).handler(this::gate);
        router.post(PATH).handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT)).handler(this::mint);
        if (config.enabled()) {
            Log.warn("POST " + PATH + " is enabled: anyone who reaches this gateway can mint tokens (dev profile only)");
        }
    }

    private void gate(RoutingContext ctx) {
        if (!config.enabled()) {
            ProblemResponses.send(ctx, ProblemType.NOT_FOUND, "no resource at " + ctx.request().path());
        } else if (!HttpMethod.POST.equals(ctx.request().method())) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            ProblemResponses.send(ctx, ProblemType.METHOD_NOT_ALLOWED, "use POST to mint a token");
        } else if (!isJson(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            ProblemResponses.send(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the request as application/json");
        } else {
            ctx.next();
        }
    }

    private void mint(RoutingContext ctx) {
        DevTokenRequest request = parse(ctx);
        if (request == null) {
            return;
        }
        List<FieldError> violations = request.violations();
        if (!violations.isEmpty()) {
            invalid(ctx, violations);
            return;
        }
        ctx.vertx().executeBlocking(() -> issuer.issue(request), false)
                .onSuccess(issued -> ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .end(new JsonObject()
                                .put("token", issued.token())
                                .put("expiresAt", issued.expiresAt().toString())
                                .encode()))
                .onFailure(failure -> {
                    Log.error("could not sign a dev token; is smallrye.jwt.sign.key.location set?", failure);
                    ProblemResponses.send(ctx, ProblemType.INTERNAL_ERROR,
                            "the gateway cannot sign tokens: no usable signing key is configured");
                });
    }

    /** The request, or null once a 400 naming the bad field has been sent. */
    private DevTokenRequest parse(RoutingContext ctx) {
        JsonNode body;
        try {
            body = ctx.body().buffer() == null ? null : mapper.readTree(ctx.body().buffer().getBytes());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            invalid(ctx, List.of(new FieldError("(body)", "must be a JSON object {\"sub\",\"groups\",\"agency\",\"cert\"}")));
            return null;
        }
        try {
            return mapper.treeToValue(body, DevTokenRequest.class);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(0).getFieldName()
                    : "(body)";
            invalid(ctx, List.of(new FieldError(field, "has the wrong JSON type")));
            return null;
        }
    }

    private static void invalid(RoutingContext ctx, List<FieldError> errors) {
        ProblemResponses.send(ctx, Problem.invalidFields(errors, ctx.request().path()));
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }
}
