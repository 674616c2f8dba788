package gov.enforcement.gateway.testsupport;

/** Names of the fake services as they report themselves in an echo. */
public final class Echo {

    public static final String RECORDING = "recording";
    public static final String LEGAL_REVIEW = "legal-review";
    public static final String DISCLOSURE = "disclosure";

    private Echo() {
    }

    public static String sha256(byte[] bytes) {
        return FakeService.sha256(bytes);
    }
}
