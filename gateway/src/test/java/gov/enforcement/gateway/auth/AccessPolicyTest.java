package gov.enforcement.gateway.auth;

import gov.enforcement.gateway.routing.RouteTable;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("AccessPolicy: the role table, without a server")
class AccessPolicyTest {

    @Test
    @DisplayName("the role table and the routing table name exactly the same API families")
    void coversEveryRoutedFamily() {
        assertEquals(RouteTable.families(), AccessPolicy.families());
    }

    @Test
    @DisplayName("reads (GET, HEAD) of audit checkpoints and proofs are open; their prefixes match whole segments only")
    void auditPublicPartsAreExact() {
        assertInstanceOf(Requirement.Open.class, AccessPolicy.requirement("audit", HttpMethod.GET, "/checkpoints"));
        assertInstanceOf(Requirement.Open.class, AccessPolicy.requirement("audit", HttpMethod.HEAD, "/proofs/inclusion"));
        assertInstanceOf(Requirement.AnyRole.class, AccessPolicy.requirement("audit", HttpMethod.GET, "/checkpointsX"));
        assertInstanceOf(Requirement.AnyRole.class, AccessPolicy.requirement("audit", HttpMethod.POST, "/checkpoints"));
        assertInstanceOf(Requirement.AnyRole.class, AccessPolicy.requirement("audit", HttpMethod.GET, "/verify"));
    }

    @Test
    @DisplayName("a family missing from the table admits nobody (closed by default)")
    void unknownFamilyIsClosed() {
        Requirement requirement = AccessPolicy.requirement("payments", HttpMethod.GET, "/1");
        assertFalse(requirement.admits(Roles.ALL));
    }

    @Test
    @DisplayName("review-catalogue: only the platform admin writes; an agency admin, reviewer and auditor only read")
    void reviewCatalogueReadersAndWriters() {
        assertTrue(AccessPolicy.requirement("review-catalogue", HttpMethod.GET, "").admits(Set.of(Roles.REVIEWER)));
        assertFalse(AccessPolicy.requirement("review-catalogue", HttpMethod.PUT, "").admits(Set.of(Roles.REVIEWER)));
        assertFalse(AccessPolicy.requirement("review-catalogue", HttpMethod.PUT, "").admits(Set.of(Roles.ADMIN)));
        assertTrue(AccessPolicy.requirement("review-catalogue", HttpMethod.GET, "").admits(Set.of(Roles.ADMIN)));
        assertTrue(AccessPolicy.requirement("review-catalogue", HttpMethod.PUT, "").admits(Set.of(Roles.PLATFORM_ADMIN)));
        assertFalse(AccessPolicy.requirement("review-catalogue", HttpMethod.GET, "").admits(Set.of(Roles.OFFICER)));
    }

    @Test
    @DisplayName("calendar: only the platform admin writes the working-day calendar, any caller reads it")
    void calendarIsGlobalConfiguration() {
        assertFalse(AccessPolicy.requirement("calendar", HttpMethod.PUT, "/2026").admits(Set.of(Roles.ADMIN)));
        assertTrue(AccessPolicy.requirement("calendar", HttpMethod.PUT, "/2026").admits(Set.of(Roles.PLATFORM_ADMIN)));
    }
}
