package gov.enforcement.gateway.routing;

/**
 * Where one API request goes: its family, the owning service, and the path and query sent on.
 *
 * @param pathWithinFamily the normalised path after {@code /api/v1/<family>}, e.g. {@code /checkpoints/latest}
 */
public record ApiTarget(String family, Service service, String path, String query, String pathWithinFamily) {

    /** Key under which the resolved target travels in the routing context. */
    public static final String CONTEXT_KEY = "gateway.target";

    public static ApiTarget of(String family, Service service, String path, String query) {
        String within = path.substring(RouteTable.API_PREFIX.length() + 1 + family.length());
        return new ApiTarget(family, service, path, query, within);
    }

    /** The request URI for the service: the services serve the same {@code /api/v1} paths, so no rewriting. */
    public String pathAndQuery() {
        return query == null ? path : path + "?" + query;
    }
}
