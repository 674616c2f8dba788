package gov.enforcement.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The buckets of one scope (addresses, or clients) of one route class. Bounded: past {@code maxTracked} keys a
 * newcomer shares one overflow bucket, so a caller with endless addresses cannot grow the map, only crowd itself.
 */
final class Buckets {

    private final Map<String, TokenBucket> byKey = new ConcurrentHashMap<>();
    private final RateLimitConfig.Bucket limit;
    private final int maxTracked;
    private final LongSupplier clock;
    private final TokenBucket overflow;

    Buckets(RateLimitConfig.Bucket limit, int maxTracked, LongSupplier clock) {
        this.limit = limit;
        this.maxTracked = maxTracked;
        this.clock = clock;
        this.overflow = new TokenBucket(limit.rate(), limit.burst(), clock.getAsLong());
    }

    /** 0 when the request may go, otherwise nanoseconds until it could. */
    long take(String key) {
        long now = clock.getAsLong();
        TokenBucket bucket = byKey.get(key);
        if (bucket == null) {
            bucket = byKey.size() >= maxTracked ? overflow
                    : byKey.computeIfAbsent(key, k -> new TokenBucket(limit.rate(), limit.burst(), now));
        }
        return bucket.take(now);
    }

    RateLimitConfig.Bucket limit() {
        return limit;
    }

    /** Forgets buckets that are full again: their callers would get a fresh, equally full one. */
    void sweep() {
        long now = clock.getAsLong();
        byKey.values().removeIf(bucket -> bucket.isIdle(now));
    }

    int tracked() {
        return byKey.size();
    }
}
