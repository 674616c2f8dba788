package gov.enforcement.platform.messaging;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
