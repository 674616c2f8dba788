package gov.enforcement.gateway.routing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static gov.enforcement.gateway.routing.Service.DISCLOSURE;
import static gov.enforcement.gateway.routing.Service.LEGAL_REVIEW;
import static gov.enforcement.gateway.routing.Service.RECORDING;
import static java.util.Map.entry;

/** Which service owns each API family, i.e. the first path segment after {@code /api/v1}. */
public final class RouteTable {

    public static final String API_PREFIX = "/api/v1";

    private static final Map<String, Service> OWNERS = Map.ofEntries(
            entry("cases", RECORDING),
            entry("audit", RECORDING),
            entry("parties", RECORDING),
            entry("analytics", RECORDING),
            entry("reviews", LEGAL_REVIEW),
            entry("review-catalogue", LEGAL_REVIEW),
            entry("disclosures", DISCLOSURE),
            entry("public", DISCLOSURE),
            entry("calendar", DISCLOSURE),
            entry("registries", DISCLOSURE),
            entry("statistics", DISCLOSURE));

    private RouteTable() {
    }

    public static Optional<Service> ownerOf(String family) {
        return Optional.ofNullable(OWNERS.get(family));
    }

    public static Set<String> families() {
        return OWNERS.keySet();
    }

    /** The family of an already normalised path, or empty when the path is not under {@code /api/v1/}. */
    public static Optional<String> familyOf(String path) {
        if (path == null || !path.startsWith(API_PREFIX + "/")) {
            return Optional.empty();
        }
        String rest = path.substring(API_PREFIX.length() + 1);
        int slash = rest.indexOf('/');
        String family = slash < 0 ? rest : rest.substring(0, slash);
        return family.isEmpty() ? Optional.empty() : Optional.of(family);
    }
}
