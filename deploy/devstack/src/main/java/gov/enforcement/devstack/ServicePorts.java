package gov.enforcement.devstack;

/** One port of each service: its HTTP (API) port, or its management port (health, metrics). */
public record ServicePorts(int gateway, int recording, int legalReview, int disclosure) {

    /** 8080 to 8083. */
    public static ServicePorts defaults() {
        return new ServicePorts(StackService.GATEWAY.defaultPort(), StackService.RECORDING.defaultPort(),
                StackService.LEGAL_REVIEW.defaultPort(), StackService.DISCLOSURE.defaultPort());
    }

    /** The management ports of the one-machine stack: each API port plus 1000 (gateway 9080, recording 9081, ...). */
    public ServicePorts management() {
        return new ServicePorts(gateway + MANAGEMENT_OFFSET, recording + MANAGEMENT_OFFSET,
                legalReview + MANAGEMENT_OFFSET, disclosure + MANAGEMENT_OFFSET);
    }

    static final int MANAGEMENT_OFFSET = 1000;

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
