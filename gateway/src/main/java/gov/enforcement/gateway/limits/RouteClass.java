package gov.enforcement.gateway.limits;

import gov.enforcement.gateway.auth.AccessPolicy;
import gov.enforcement.gateway.auth.Requirement;
import gov.enforcement.gateway.routing.ApiTarget;
import io.vertx.core.http.HttpMethod;

import java.util.Locale;

/** The kinds of request that get limits of their own ({@code gateway.rate-limits.<name>}). */
public enum RouteClass {

    /** Full-text search of the published decisions, in the API and on the portal: the dearest public request. */
    PUBLIC_SEARCH,
    /** Every other request that needs no token: single records, portal pages, feeds, keys, statistics. */
    PUBLIC,
    /** Reads with a token. */
    READS,
    /** Everything that changes something. */
    WRITES;

    static RouteClass of(HttpMethod method, ApiTarget target) {
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
        if (!read) {
            return WRITES;
        }
        Requirement requirement = AccessPolicy.requirement(target.family(), method, target.pathWithinFamily());
        if (!(requirement instanceof Requirement.Open)) {
            return READS;
        }
        return isSearch(target) ? PUBLIC_SEARCH : PUBLIC;
    }

    private static boolean isSearch(ApiTarget target) {
        if (!"public".equals(target.family())) {
            return false;
        }
        String path = target.pathWithinFamily();
        return path.equals("/decisions") || path.equals("/decisions/") || path.equals("/portal") || path.equals("/portal/");
    }

    /** The name in configuration, metrics and problem details, e.g. {@code public-search}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
