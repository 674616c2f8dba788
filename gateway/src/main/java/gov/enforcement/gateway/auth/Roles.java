package gov.enforcement.gateway.auth;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The roles carried in the token's {@code groups} claim (same names as the services use). */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String REVIEWER = "reviewer";
    public static final String DISCLOSURE_CLERK = "disclosure-clerk";
    public static final String AUDITOR = "auditor";
    /** An agency's administrator (writes only into its own agency; the services check that). */
    public static final String ADMIN = "admin";
    /** The platform's administrator: global configuration only. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** In a fixed order, because messages list them. */
    public static final Set<String> ALL = Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of(OFFICER, REVIEWER, DISCLOSURE_CLERK, AUDITOR, ADMIN, PLATFORM_ADMIN)));

    private Roles() {
    }
}
