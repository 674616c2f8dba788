package gov.enforcement.platform.security;

import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The shape of the claims {@link CurrentCaller} reads, checked once the signature, issuer, audience and lifetime
 * are: a well-signed token with a number where a string belongs is still not one this API issues, so it is
 * refused like any invalid token (401), never a failure further on.
 */
final class TokenClaims {

    private TokenClaims() {
    }

    static void check(JsonWebToken jwt, long nowSeconds, long skewSeconds) throws ParseException {
        Object sub = jwt.getClaim("sub");
        if (!(sub instanceof String subject) || subject.isBlank()) {
            throw new ParseException("the token names no subject (sub)");
        }
        for (String name : new String[] {CurrentCaller.AGENCY_CLAIM, CurrentCaller.CERTIFICATE_CLAIM}) {
            Object value = jwt.getClaim(name);
            if (value != null && !(value instanceof String)) {
                throw new ParseException("the token's " + name + " claim is not a string");
            }
        }
        // required and numeric by the time this runs, but a test's or another verifier's token may lack it
        if (jwt.getClaim("iat") instanceof Number issuedAt && issuedAt.longValue() > nowSeconds + skewSeconds) {
            throw new ParseException("the token is issued in the future");
        }
    }
}
