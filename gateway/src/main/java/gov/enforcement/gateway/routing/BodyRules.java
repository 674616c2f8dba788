package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.auth.Caller;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

import java.util.Set;

/**
 * Which requests may carry a body at all. Reads and deletes never do, and neither does a caller without a
 * token: everything open to anonymous callers is read-only, so a body there can only be meant to tie the
 * gateway up. Such a body is refused before it is read, never forwarded.
 */
final class BodyRules {

    private static final Set<HttpMethod> BODYLESS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.DELETE);

    private BodyRules() {
    }

    /** Why this request may carry no body, or null when it may. */
    static String whyNoBody(HttpMethod method, Caller caller) {
        if (BODYLESS.contains(method)) {
            return "a " + method.name() + " request carries no body";
        }
        if (caller == null) {
            return "a request without a bearer token carries no body: what is open to anonymous callers is read-only";
        }
        return null;
    }

    /** Whether the headers announce a body (any Transfer-Encoding, or a Content-Length above zero). */
    static boolean announced(HttpServerRequest in, long declaredLength) {
        return declaredLength > 0 || in.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }
}
