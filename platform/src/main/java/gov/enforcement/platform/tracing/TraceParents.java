package gov.enforcement.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.jboss.logging.MDC;

import java.util.regex.Pattern;

/**
 * The W3C {@code traceparent} an event written now carries: through the outbox onto its Kafka record, so that the
 * consumers' spans join the trace of the request that caused it (the relay ships long after that request ended).
 */
public final class TraceParents {

    /** The header name, on HTTP and on Kafka records alike. */
    public static final String HEADER = "traceparent";

    private static final String MDC_KEY = "traceparent";
    private static final Pattern W3C = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    private TraceParents() {
    }

    /** The current span's, else the trace a consumer continues ({@link #continueWith}), else none (null). */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return of(span);
        }
        Object continued = MDC.get(MDC_KEY);
        return continued == null ? null : continued.toString();
    }

    public static String of(SpanContext span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** Events written from here on belong to this trace (a consumer's, when no span of its own is recording). */
    public static void continueWith(String traceparent) {
        String valid = sanitise(traceparent);
        if (valid == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, valid);
        }
    }

    /** A well-formed version-00 traceparent, or null: a header from outside must not put anything else in a record. */
    public static String sanitise(String candidate) {
        return candidate != null && W3C.matcher(candidate).matches() ? candidate : null;
    }
}
