package gov.enforcement.events;

import java.util.List;

/** The Kafka topics that bind the services; the one place their names are spelled. */
public final class Topics {

    public static final String CASE_EVENTS = "enforcement.case-events";
    public static final String REVIEW_EVENTS = "enforcement.review-events";
    public static final String DISCLOSURE_EVENTS = "enforcement.disclosure-events";
    public static final String REGISTRY_EVENTS = "enforcement.registry-events";

    public static final List<String> ALL = List.of(CASE_EVENTS, REVIEW_EVENTS, DISCLOSURE_EVENTS, REGISTRY_EVENTS);

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Poison messages of a topic are parked here with the error in their headers. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
