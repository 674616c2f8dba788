package gov.enforcement.gateway.ops;

import gov.enforcement.gateway.routing.Service;
import gov.enforcement.gateway.routing.UpstreamClient;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports each service's readiness as data but is always UP itself: a gateway that refused traffic because one
 * service is down would take the public pages offline with it, and the gateway already answers 502 per route.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadinessCheck implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final UpstreamClient upstream;

    UpstreamsReadinessCheck(UpstreamClient upstream) {
        this.upstream = upstream;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Probe>> probes = new ArrayList<>();
        for (Service service : Service.values()) {
            probes.add(Uni.createFrom()
                    .completionStage(() -> upstream.fetchManagement(service, "/q/health/ready", PROBE_TIMEOUT).toCompletionStage())
                    .map(fetched -> new Probe(service, fetched.status() == 200 ? "UP" : "DOWN (HTTP " + fetched.status() + ")"))
                    .onFailure().recoverWithItem(failure -> new Probe(service, "DOWN (unreachable)")));
        }
        return Uni.combine().all().unis(probes).with(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstream services").up();
            for (Object result : results) {
                Probe probe = (Probe) result;
                builder.withData(probe.service().key(), probe.state());
            }
            return builder.build();
        });
    }

    private record Probe(Service service, String state) {
    }
}
