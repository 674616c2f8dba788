package gov.enforcement.platform.security;

/** The roles carried in the token's {@code groups} claim. */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String REVIEWER = "reviewer";
    public static final String DISCLOSURE_CLERK = "disclosure-clerk";
    public static final String AUDITOR = "auditor";
    /** An agency's administrator: reads every agency, but writes only into its token's own agency. */
    public static final String ADMIN = "admin";
    /** The platform's administrator: global configuration only (the review catalogue, the working-day calendar). */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
