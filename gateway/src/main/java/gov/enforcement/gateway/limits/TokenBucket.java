package gov.enforcement.gateway.limits;

/**
 * A token bucket: holds up to {@code burst} requests, refilled at {@code ratePerSecond}. Pure apart from its own
 * state; the caller passes the clock, so a test can move time.
 */
final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(int ratePerSecond, int burst, long now) {
        if (ratePerSecond <= 0 || burst <= 0) {
            throw new IllegalArgumentException("a bucket needs a positive rate and burst, got " + ratePerSecond + "/" + burst);
        }
        this.capacity = burst;
        this.tokensPerNano = (double) ratePerSecond / NANOS_PER_SECOND;
        this.tokens = burst;
        this.lastRefill = now;
    }

    /** Takes one token: 0 when taken, otherwise the nanoseconds until one will be there (nothing is taken). */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** True once the bucket has been full again for a while: forgetting it then changes nothing for its caller. */
    synchronized boolean isIdle(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > lastRefill) {
            tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
            lastRefill = now;
        }
    }
}
