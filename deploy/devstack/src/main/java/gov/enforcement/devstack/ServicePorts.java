package gov.enforcement.devstack;

/** The HTTP port of each service. */
public record ServicePorts(int gateway, int recording, int legalReview, int disclosure) {

    /** 8080 to 8083. */
    public static ServicePorts defaults() {
        return new ServicePorts(StackService.GATEWAY.defaultPort(), StackService.RECORDING.defaultPort(),
                StackService.LEGAL_REVIEW.defaultPort(), StackService.DISCLOSURE.defaultPort());
    }

    public int of(StackService service) {
        return switch (service) {
            case GATEWAY -> gateway;
            case RECORDING -> recording;
            case LEGAL_REVIEW -> legalReview;
            case DISCLOSURE -> disclosure;
        };
    }

    public ServicePorts with(StackService service, int port) {
        return switch (service) {
            case GATEWAY -> new ServicePorts(port, recording, legalReview, disclosure);
            case RECORDING -> new ServicePorts(gateway, port, legalReview, disclosure);
            case LEGAL_REVIEW -> new ServicePorts(gateway, recording, port, disclosure);
            case DISCLOSURE -> new ServicePorts(gateway, recording, legalReview, port);
        };
    }

    public String baseUrl(StackService service) {
        return "http://localhost:" + of(service);
    }
}
