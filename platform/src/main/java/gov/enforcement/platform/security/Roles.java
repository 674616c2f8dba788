package gov.enforcement.platform.security;

/** The roles carried in the token's {@code groups} claim. */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String REVIEWER = "reviewer";
    public static final String DISCLOSURE_CLERK = "disclosure-clerk";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
