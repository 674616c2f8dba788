package gov.enforcement.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import gov.enforcement.platform.problem.VersionConflictException;
import io.vertx.pgclient.PgException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a passing infrastructure failure (retry, keeping the partition's order) from a message
 * that will never apply (dead-letter it). When unsure, retrying is the safe side only for
 * failures of the connection itself; anything about the data is final.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PoisonMessageException) {
                return false;
            }
            if (t instanceof JsonProcessingException || t instanceof CharacterCodingException) {
                // an IOException about the bytes themselves (a stored or sent value that does not parse): it
                // fails the same way every time, so it is never a reason to answer 503 or to retry
                return false;
            }
            if (t instanceof VersionConflictException) {
                return true; // a concurrent append; the next attempt decides on the newer stream
            }
            if (t instanceof PgException pg) {
                String state = pg.getSqlState();
                // 08: connection, 40001/40P01: serialisation and deadlock, 53: resources, 57P: shutdown
                return state != null && (state.startsWith("08") || state.equals("40001") || state.equals("40P01")
                        || state.startsWith("53") || state.startsWith("57P"));
            }
            if (t instanceof IOException || t instanceof TimeoutException
                    || t instanceof io.vertx.core.impl.NoStackTraceThrowable
                    || t.getClass().getName().startsWith("io.vertx.core.VertxException")
                    || t.getClass().getName().contains("ClosedConnection")
                    || t.getClass().getName().contains("NoStackTraceTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
