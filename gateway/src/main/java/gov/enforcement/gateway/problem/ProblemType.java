package gov.enforcement.gateway.problem;

import java.net.URI;

/** The problems the gateway itself answers with; their {@code type} URIs are part of the public contract. */
public enum ProblemType {

    INVALID_REQUEST(400, "invalid-request", "Invalid request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    REQUEST_TIMEOUT(408, "request-timeout", "Request timeout"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request header fields too large"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    BAD_GATEWAY(502, "upstream-unavailable", "Upstream service unavailable"),
    GATEWAY_TIMEOUT(504, "upstream-timeout", "Upstream service timed out");

    /** Same base as the services use, so a client needs one table of problem types. */
    public static final String TYPE_BASE = "https://enforcement.gov.cn/problems/";

    private final int status;
    private final URI type;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(TYPE_BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Maps a bare HTTP status (e.g. from a Vert.x failure) to the closest problem. */
    public static ProblemType forStatus(int status) {
        for (ProblemType candidate : values()) {
            if (candidate.status == status) {
                return candidate;
            }
        }
        return status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL_ERROR;
    }
}
