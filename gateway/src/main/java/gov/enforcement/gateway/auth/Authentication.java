package gov.enforcement.gateway.auth;

/** The outcome of checking a request's bearer token. */
public sealed interface Authentication {

    /** No Authorization header at all. */
    record Missing() implements Authentication {
    }

    /** A header was sent but does not hold a valid token; {@code reason} is safe to show the caller. */
    record Rejected(String reason) implements Authentication {
    }

    record Authenticated(Caller caller) implements Authentication {
    }
}
