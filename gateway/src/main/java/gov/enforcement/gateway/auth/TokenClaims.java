package gov.enforcement.gateway.auth;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The shape of the claims the gateway reads, checked once the signature, issuer, audience and lifetime are: a
 * well-signed token with a number where a string belongs is still not one this API issues, and must be a 401,
 * never a failure further on. The services check the same (platform's {@code TokenClaims}).
 */
final class TokenClaims {

    private TokenClaims() {
    }

    /** What is wrong with the token's claims, in words safe to show the caller; null when nothing is. */
    static String problem(JsonWebToken jwt, long nowSeconds, long skewSeconds) {
        Object sub = jwt.getClaim("sub");
        if (!(sub instanceof String subject) || subject.isBlank()) {
            return "the token names no subject (sub)";
        }
        for (String name : new String[] {"agency", "cert"}) {
            Object value = jwt.getClaim(name);
            if (value != null && !(value instanceof String)) {
                return "the token's " + name + " claim is not a string";
            }
        }
        // required and numeric by the time this runs, but a test's or another verifier's token may lack it
        if (jwt.getClaim("iat") instanceof Number issuedAt && issuedAt.longValue() > nowSeconds + skewSeconds) {
            return "the token is issued in the future";
        }
        return null;
    }
}
