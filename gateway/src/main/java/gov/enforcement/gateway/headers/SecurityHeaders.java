package gov.enforcement.gateway.headers;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/**
 * Headers that keep a browser from turning the API's origin against its users: no framing (clickjacking), no
 * guessing of content types, no referrer leaking paths and queries to other sites, and a Content-Security-Policy.
 * The portal pages are server-rendered HTML with one inline style sheet and no script at all, so everything but
 * that is refused; Swagger UI needs its own scripts and starts them inline. A header a service already set (e.g.
 * the sandboxing policy of a downloaded attachment) is left as it is.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The API and the portal: JSON and plain HTML forms, nothing that runs. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** Swagger UI: its own scripts and styles, the merged document and "try it out" on this origin only. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    static final String SWAGGER_PATH = "/q/swagger-ui";

    private static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    void register(@Observes Router router) {
        // right after the correlation id (-1000), so the gateway's own answers and Quarkus' carry them too
        router.route().order(-995).handler(this::add);
    }

    private void add(RoutingContext ctx) {
        String policy = ctx.normalizedPath().startsWith(SWAGGER_PATH) ? SWAGGER_POLICY : PAGE_POLICY;
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            ALWAYS.forEach((name, value) -> setIfAbsent(headers, name, value));
            setIfAbsent(headers, "Content-Security-Policy", policy);
        });
        ctx.next();
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
