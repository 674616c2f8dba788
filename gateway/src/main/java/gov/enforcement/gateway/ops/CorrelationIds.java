package gov.enforcement.gateway.ops;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/** Gives every request a correlation id (the caller's, or a new UUID), logs with it and echoes it back. */
@ApplicationScoped
public class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private static final String CONTEXT_KEY = "gateway.correlationId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        // ahead of Quarkus' own handlers (upload limit, security), so even their answers carry the id
        router.route().order(-1000).handler(this::assign);
    }

    /** The id of the request being routed. */
    public static String of(RoutingContext ctx) {
        String id = ctx.get(CONTEXT_KEY);
        return id == null ? sanitise(null) : id;
    }

    /** A caller's id is kept only if it is a sane token, so logs and headers cannot be forged through it. */
    static String sanitise(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    private void assign(RoutingContext ctx) {
        String id = sanitise(ctx.request().getHeader(HEADER));
        ctx.put(CONTEXT_KEY, id);
        // Quarkus keeps the MDC in the request's Vert.x context, so it follows the request across callbacks
        MDC.put(MDC_KEY, id);
        // set() at the very end: an upstream that echoes the id must not make it appear twice
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }
}
