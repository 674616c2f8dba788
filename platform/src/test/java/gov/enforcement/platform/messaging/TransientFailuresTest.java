package gov.enforcement.platform.messaging;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {

    @Test
    @DisplayName("connection losses and serialisation failures are retried in place")
    void infrastructureIsTransient() {
        assertTrue(TransientFailures.isTransient(new ConnectException("refused")));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new PgException("gone", "FATAL", "08006", null))));
        assertTrue(TransientFailures.isTransient(new PgException("deadlock", "ERROR", "40P01", null)));
        assertTrue(TransientFailures.isTransient(gov.enforcement.platform.problem.Problems.versionConflict(3, 4)));
    }

    @Test
    @DisplayName("poison messages and data errors go to the dead-letter topic")
    void dataErrorsAreFinal() {
        assertFalse(TransientFailures.isTransient(new PoisonMessageException("bad")));
        assertFalse(TransientFailures.isTransient(new PgException("dup", "ERROR", "23505", null)));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("bad data")));
    }

    @Test
    @DisplayName("a stored value that does not parse (e.g. an amount stored as \"Infinity\") is a data error, not a 503")
    void unreadableStoredDataIsFinal() {
        Exception unreadable = assertThrows(Exception.class, () -> new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue("{\"amount\":\"Infinity\"}", Amount.class));
        assertFalse(TransientFailures.isTransient(new IllegalStateException("stored record unreadable", unreadable)));
        assertFalse(TransientFailures.isTransient(new java.io.UncheckedIOException(
                new java.nio.charset.MalformedInputException(1))));
    }

    /** A record with an exact amount, as the services store them. */
    record Amount(java.math.BigDecimal amount) {
    }
}
