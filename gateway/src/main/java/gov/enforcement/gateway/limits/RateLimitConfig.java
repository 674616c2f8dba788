package gov.enforcement.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** Token-bucket limits per route class ({@code gateway.rate-limits.*}); the values live in application.properties. */
@ConfigMapping(prefix = "gateway.rate-limits")
public interface RateLimitConfig {

    /** Off only where one machine plays every caller at once (the benchmark); on everywhere else. */
    @WithDefault("true")
    boolean enabled();

    /** Addresses and clients tracked at once; newcomers beyond it share one bucket per class until the sweep. */
    @WithDefault("100000")
    int maxTracked();

    /**
     * Requests one caller (a token's client, or an address without a token) may have open at one service at once;
     * a quarter of {@code gateway.upstream.max-connections} by default, so no one caller holds a service's pool.
     */
    @WithDefault("16")
    int inFlightPerCaller();

    /** How often buckets that have filled up again are forgotten. */
    @WithDefault("30s")
    Duration sweepInterval();

    @WithName("public-search")
    ClassLimits publicSearch();

    @WithName("public")
    ClassLimits publicPages();

    ClassLimits reads();

    ClassLimits writes();

    default ClassLimits of(RouteClass routeClass) {
        return switch (routeClass) {
            case PUBLIC_SEARCH -> publicSearch();
            case PUBLIC -> publicPages();
            case READS -> reads();
            case WRITES -> writes();
        };
    }

    interface ClassLimits {

        /** Per client address (an IPv6 address counts by its /64, what one subscriber is given). */
        @WithName("per-ip")
        Bucket perIp();

        /** Per token subject; only for requests that carry one. */
        @WithName("per-client")
        Optional<Bucket> perClient();
    }

    interface Bucket {

        /** Requests per second, sustained. */
        int rate();

        /** Requests that may come at once after a quiet spell. */
        int burst();
    }
}
