package gov.enforcement.gateway.limits;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A token bucket: a burst at once, then the rate")
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    @DisplayName("a full bucket lets its burst through, then says how long until the next token")
    void burstThenWait() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(SECOND / 2, bucket.take(0)); // two per second: the next token in half a second
        assertEquals(SECOND / 4, bucket.take(SECOND / 4));
        assertEquals(0, bucket.take(SECOND / 2));
    }

    @Test
    @DisplayName("a refused request takes nothing, and a quiet bucket refills only up to its burst")
    void refusalTakesNothingAndRefillIsCapped() {
        TokenBucket bucket = new TokenBucket(1, 2, 0);
        bucket.take(0);
        bucket.take(0);
        for (int i = 0; i < 10; i++) {
            assertTrue(bucket.take(0) > 0);
        }
        assertEquals(0, bucket.take(SECOND)); // the refusals did not push the next token further away
        long later = 100 * SECOND;
        assertEquals(0, bucket.take(later));
        assertEquals(0, bucket.take(later));
        assertTrue(bucket.take(later) > 0, "a long pause earns the burst, not a hundred requests");
    }

    @Test
    @DisplayName("a bucket is idle once it has filled up again, so forgetting it changes nothing")
    void idleWhenFull() {
        TokenBucket bucket = new TokenBucket(1, 2, 0);
        assertTrue(bucket.isIdle(0));
        bucket.take(0);
        assertFalse(bucket.isIdle(SECOND / 2));
        assertTrue(bucket.isIdle(SECOND));
    }

    @Test
    @DisplayName("the clock going backwards (another core's nanoTime) never adds tokens")
    void clockGoingBack() {
        TokenBucket bucket = new TokenBucket(1, 1, SECOND);
        assertEquals(0, bucket.take(SECOND));
        assertTrue(bucket.take(0) > 0);
    }
}
