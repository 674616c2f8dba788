package gov.enforcement.platform.outbox;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelayFailuresTest {

    @Test
    @DisplayName("a row too large for the broker is never sent; a large row of multi-byte text is measured in bytes")
    void sizeIsMeasuredInBytes() {
        assertNull(RelayFailures.tooLargeToSend("x".repeat(300), 1_000));
        assertNull(RelayFailures.tooLargeToSend("长".repeat(333), 1_000));
        assertEquals("the event is 1002 bytes; at most 1000 can be published", RelayFailures.tooLargeToSend("长".repeat(334), 1_000));
    }

    @Test
    @DisplayName("only failures that no retry can cure set a row aside; the broker being away is retried in order")
    void permanentOrNot() {
        assertTrue(RelayFailures.isPermanent(new CompletionException(new RecordTooLargeException("too large"))));
        assertTrue(RelayFailures.isPermanent(new RelayFailures.RowRefused("too large")));
        assertFalse(RelayFailures.isPermanent(new TimeoutException("broker away")));
        assertFalse(RelayFailures.isPermanent(new CompletionException(new NotLeaderOrFollowerException("moving"))));
    }

    @Test
    @DisplayName("a topic name no broker takes is the row's own fault and sets it aside; a missing or forbidden topic is the broker's state and is retried")
    void topicOfTheRow() {
        assertTrue(RelayFailures.isPermanent(new CompletionException(new InvalidTopicException("bad name"))));
        assertFalse(RelayFailures.isPermanent(new UnknownTopicOrPartitionException("not yet created")));
        assertFalse(RelayFailures.isPermanent(new TopicAuthorizationException("no ACL")));
    }

    @Test
    @DisplayName("a row held behind its key's parked row is set aside with a reason that says so")
    void heldBehindAParkedRow() {
        RelayFailures.HeldBehind held = new RelayFailures.HeldBehind("case-1");
        assertTrue(RelayFailures.isPermanent(held));
        assertTrue(RelayFailures.describe(new CompletionException(held)).startsWith(RelayFailures.HeldBehind.PREFIX + "case-1"));
    }
}
