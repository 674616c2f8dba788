package gov.enforcement.platform.security;

import gov.enforcement.platform.problem.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CallerTest {

    static final String AGENCY = "11130100MB12345671";
    static final String OTHER = "12130100MB00000019";

    @Test
    @DisplayName("a clerk or reviewer whose token names no agency lists nothing, rather than every agency")
    void noAgencyListsNothing() {
        Caller clerk = new Caller("clerk-x", Set.of(Roles.DISCLOSURE_CLERK), null, null);
        assertEquals(403, assertThrows(ProblemException.class, () -> clerk.listScope(null)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> clerk.listScope(OTHER)).status());
        assertEquals(403, assertThrows(ProblemException.class, clerk::requireOwnAgency).status());
    }

    @Test
    void listsAreLimitedToTheCallersAgencyUnlessTheySeeAll() {
        assertEquals(AGENCY, new Caller("r", Set.of(Roles.REVIEWER), AGENCY, null).listScope(OTHER));
        assertEquals(OTHER, new Caller("a", Set.of(Roles.AUDITOR), AGENCY, null).listScope(OTHER));
        assertNull(new Caller("a", Set.of(Roles.ADMIN), null, null).listScope(null));
    }

    @Test
    @DisplayName("an agency's admin reads every agency but writes only into its own; no role writes across agencies")
    void writesStayInTheCallersAgency() {
        Caller admin = new Caller("admin-a", Set.of(Roles.ADMIN), AGENCY, null);
        admin.requireAgency(OTHER);
        admin.requireWritable(AGENCY);
        assertEquals(403, assertThrows(ProblemException.class, () -> admin.requireWritable(OTHER)).status());
        Caller platformAdmin = new Caller("platform", Set.of(Roles.PLATFORM_ADMIN), null, null);
        assertEquals(403, assertThrows(ProblemException.class, () -> platformAdmin.requireWritable(AGENCY)).status());
    }
}
