package gov.enforcement.testing;

/** Identifiers with valid check digits, for tests. */
public final class TestAgencies {

    /** Unified social credit code (统一社会信用代码) of an agency. */
    public static final String AGENCY_A = "11130100MB12345671";

    /** Unified social credit code of a second agency, for scoping tests. */
    public static final String AGENCY_B = "12130100MB00000019";

    /** Resident identity card number (公民身份号码) of a party. */
    public static final String PERSON_ID = "130102198001010010";

    private TestAgencies() {
    }
}
