package gov.enforcement.platform.correlation;

import org.jboss.logging.MDC;

import java.util.UUID;

/** The correlation id that ties one request to every event and log line it causes. */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    public static final String KAFKA_HEADER = "correlationid";
    public static final String MDC_KEY = "correlationId";

    private Correlation() {
    }

    /** The current correlation id, or a new one when none is in scope. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }

    public static void set(String id) {
        MDC.put(MDC_KEY, id);
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }

    /** Accepts a caller's id only if it is a sane token, so logs cannot be forged through it. */
    public static String sanitise(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 128
                || !candidate.matches("[A-Za-z0-9._:-]+")) {
            return UUID.randomUUID().toString();
        }
        return candidate;
    }
}
