package gov.enforcement.gateway.auth;

import io.quarkus.logging.Log;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.InvalidJwtException;

import java.util.Set;

/**
 * Verifies RS256 bearer tokens with the configured public key and issuer ({@code mp.jwt.verify.*}).
 * May block: the key can be a remote JWKS that has to be fetched, so callers run it off the event loop.
 */
@ApplicationScoped
public class BearerAuthenticator {

    private static final String SCHEME = "Bearer ";

    private final JWTParser parser;

    BearerAuthenticator(JWTParser parser) {
        this.parser = parser;
    }

    public Authentication authenticate(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            return new Authentication.Missing();
        }
        if (!authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return new Authentication.Rejected("the Authorization header must hold a Bearer token");
        }
        String token = authorizationHeader.substring(SCHEME.length()).trim();
        try {
            JsonWebToken jwt = parser.parse(token);
            Set<String> groups = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
            return new Authentication.Authenticated(new Caller(jwt.getSubject(), groups, jwt.getClaim("agency")));
        } catch (ParseException e) {
            Log.debugf(e, "bearer token rejected");
            return new Authentication.Rejected(reason(e));
        }
    }

    private static String reason(ParseException e) {
        if (e.getCause() instanceof InvalidJwtException invalid && invalid.hasExpired()) {
            return "the token has expired";
        }
        // the precise cause (signature, issuer, format) stays in the log: it helps an attacker more than a user
        return "the token is not valid";
    }
}
