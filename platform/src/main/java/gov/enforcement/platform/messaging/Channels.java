package gov.enforcement.platform.messaging;

/** The incoming channel names; each service's application.properties maps them to topics. */
public final class Channels {

    public static final String CASE_EVENTS = "case-events";
    public static final String REVIEW_EVENTS = "review-events";
    public static final String DISCLOSURE_EVENTS = "disclosure-events";
    public static final String REGISTRY_EVENTS = "registry-events";

    private Channels() {
    }
}
