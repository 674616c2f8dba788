package gov.enforcement.gateway.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Histogram buckets for request timings ({@code http_server_requests_seconds_bucket}), so that the dashboards'
 * percentiles are computed across replicas from real buckets; the range bounds how many buckets each series has.
 * The services have the same filter in platform, which the gateway deliberately does not depend on.
 */
public class RequestHistograms {

    static final String REQUESTS = "http.server.requests";

    @Produces
    @Singleton
    public MeterFilter requestHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos())
                        .build().merge(config);
            }
        };
    }
}
