package gov.enforcement.platform.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Which failures of one outbox row will never pass, however often it is sent. */
final class RelayFailures {

    private RelayFailures() {
    }

    /** Refused before sending: larger than any broker of this system takes. */
    static final class RowRefused extends RuntimeException {
        RowRefused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Not sent: an earlier row of the same key is parked, and a case's events leave in order or not at all. */
    static final class HeldBehind extends RuntimeException {
        static final String PREFIX = "held in order behind a parked row of key ";

        HeldBehind(String key) {
            super(PREFIX + key + "; re-queue the key's parked rows together", null, false, false);
        }
    }

    static String tooLargeToSend(String payload, int maxBytes) {
        // a UTF-8 character is at most 3 bytes per UTF-16 unit: most rows need no encoding to be cleared
        if ((long) payload.length() * 3 <= maxBytes) {
            return null;
        }
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        return bytes > maxBytes ? "the event is " + bytes + " bytes; at most " + maxBytes + " can be published" : null;
    }

    static boolean isPermanent(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof RowRefused || cause instanceof HeldBehind || cause instanceof RecordTooLargeException
                || cause instanceof RecordBatchTooLargeException || cause instanceof InvalidRecordException
                || cause instanceof SerializationException
                // the row's own topic name is one no broker takes; a topic that is missing or not allowed is the
                // broker's state (retriable, or an ACL to fix) and would fail every row alike, so it is not parked
                || cause instanceof InvalidTopicException;
    }

    static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof RowRefused || cause instanceof HeldBehind ? cause.getMessage() : cause.toString(); // the broker's exception, named for the operator
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
