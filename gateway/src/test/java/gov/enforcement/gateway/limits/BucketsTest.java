package gov.enforcement.gateway.limits;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The buckets of one scope: one per key, bounded, forgotten when full again")
class BucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();

    private static RateLimitConfig.Bucket limit(int rate, int burst) {
        return new RateLimitConfig.Bucket() {
            @Override
            public int rate() {
                return rate;
            }

            @Override
            public int burst() {
                return burst;
            }
        };
    }

    @Test
    @DisplayName("each key has its own bucket")
    void ownBucketPerKey() {
        Buckets buckets = new Buckets(limit(1, 1), 10, now::get);
        assertEquals(0, buckets.take("a"));
        assertTrue(buckets.take("a") > 0);
        assertEquals(0, buckets.take("b"));
    }

    @Test
    @DisplayName("past the tracked maximum, newcomers share one bucket: endless addresses buy no more requests")
    void newcomersShareTheOverflowBucket() {
        Buckets buckets = new Buckets(limit(1, 2), 2, now::get);
        buckets.take("a");
        buckets.take("b");
        assertEquals(0, buckets.take("c"));
        assertEquals(0, buckets.take("d"));
        assertTrue(buckets.take("e") > 0, "c, d and e drew on the same overflow bucket");
        assertEquals(2, buckets.tracked());
    }

    @Test
    @DisplayName("the sweep forgets full buckets and keeps the ones still draining")
    void sweepForgetsOnlyFullBuckets() {
        Buckets buckets = new Buckets(limit(1, 2), 10, now::get);
        buckets.take("quiet");
        buckets.take("busy");
        now.set(SECOND);
        buckets.take("busy");
        buckets.take("busy");
        buckets.sweep();
        assertEquals(1, buckets.tracked());
        assertTrue(buckets.take("busy") > 0, "the busy caller's bucket survived the sweep, still empty");
    }
}
