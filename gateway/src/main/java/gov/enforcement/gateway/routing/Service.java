package gov.enforcement.gateway.routing;

/** The back-end services the gateway fronts, named as in the {@code gateway.services.*} keys. */
public enum Service {

    RECORDING("recording"),
    LEGAL_REVIEW("legal-review"),
    DISCLOSURE("disclosure");

    private final String key;

    Service(String key) {
        this.key = key;
    }

    /** The suffix of the service's {@code gateway.services.<key>} configuration key. */
    public String key() {
        return key;
    }
}
