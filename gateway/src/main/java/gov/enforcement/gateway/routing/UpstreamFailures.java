package gov.enforcement.gateway.routing;

import gov.enforcement.gateway.problem.ProblemType;

import java.util.concurrent.TimeoutException;

/** Tells a slow service (504) from an unreachable or broken one (502). */
final class UpstreamFailures {

    private UpstreamFailures() {
    }

    static ProblemType classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Netty's ConnectTimeoutException is a ConnectException, hence the name check before anything else
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return ProblemType.GATEWAY_TIMEOUT;
            }
        }
        return ProblemType.BAD_GATEWAY;
    }

    static String detail(ProblemType kind, Service service) {
        return kind == ProblemType.GATEWAY_TIMEOUT
                ? "the " + service.key() + " service did not answer in time"
                : "the " + service.key() + " service could not be reached";
    }
}
