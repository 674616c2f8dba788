package gov.enforcement.gateway.limits;

import gov.enforcement.gateway.routing.ApiTarget;
import gov.enforcement.gateway.routing.RouteTable;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouteClassTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "GET, /api/v1/public/decisions, PUBLIC_SEARCH",
            "GET, /api/v1/public/portal, PUBLIC_SEARCH",
            "GET, /api/v1/public/decisions/4b3c1d40-0000-4000-8000-000000000001, PUBLIC",
            "GET, /api/v1/public/portal/decisions/4b3c1d40-0000-4000-8000-000000000001, PUBLIC",
            "HEAD, /api/v1/public/feed, PUBLIC",
            "GET, /api/v1/cases/4b3c1d40-0000-4000-8000-000000000001, READS",
            "GET, /api/v1/reviews, READS",
            "POST, /api/v1/cases, WRITES",
            "PUT, /api/v1/review-catalogue, WRITES",
            "DELETE, /api/v1/cases/x, WRITES"})
    void eachRequestHasOneClass(String method, String path, RouteClass expected) {
        String family = RouteTable.familyOf(path).orElseThrow();
        ApiTarget target = ApiTarget.of(family, RouteTable.ownerOf(family).orElseThrow(), path, null);
        assertEquals(expected, RouteClass.of(HttpMethod.valueOf(method), target));
    }

    @ParameterizedTest
    @CsvSource({"203.0.113.7, 203.0.113.7", "2001:db8:1:2:aaaa::1, 2001:db8:1:2::/64",
            "2001:db8:1:2:ffff:ffff:ffff:ffff, 2001:db8:1:2::/64", "0:0:0:0:0:0:0:1, 0:0:0:0::/64"})
    void addressesAreKeyedByHostOrIpv6Prefix(String host, String key) {
        assertEquals(key, ClientAddresses.keyOf(host));
    }
}
