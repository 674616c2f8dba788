package gov.enforcement.gateway.auth;

import io.quarkus.logging.Log;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.InvalidJwtException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Verifies RS256 bearer tokens with the configured public key and issuer ({@code mp.jwt.verify.*}).
 * May block: the key can be a remote JWKS that has to be fetched, so callers run it off the event loop.
 * A token it verified is remembered for a minute at most, never past its expiry: a client sends the same
 * token with every request, and its signature check is most of the gateway's work per request.
 */
@ApplicationScoped
public class BearerAuthenticator {

    private static final String SCHEME = "Bearer ";

    static final int REMEMBERED = 10_000;
    static final long REMEMBER_MILLIS = 60_000;

    private final JWTParser parser;
    private final long skewSeconds;
    // guarded by itself: token → who it names, until when; least recently used first
    private final Map<String, Verified> verified = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > REMEMBERED;
        }
    };

    private record Verified(Caller caller, long notAfterMillis) {
    }

    BearerAuthenticator(JWTParser parser, @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "5") long skewSeconds) {
        this.parser = parser;
        this.skewSeconds = skewSeconds;
    }

    /** The caller of a token verified less than a minute ago and not expired since; null when there is none. */
    public Authentication.Authenticated remembered(String authorizationHeader) {
        String token = token(authorizationHeader);
        if (token == null) {
            return null;
        }
        synchronized (verified) {
            Verified known = verified.get(token);
            if (known == null) {
                return null;
            }
            if (System.currentTimeMillis() >= known.notAfterMillis()) {
                verified.remove(token);
                return null;
            }
            return new Authentication.Authenticated(known.caller());
        }
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
            String wrong = TokenClaims.problem(jwt, System.currentTimeMillis() / 1000, skewSeconds);
            if (wrong != null) {
                Log.debugf("bearer token of %s rejected: %s", jwt.getClaim("sub"), wrong);
                return new Authentication.Rejected(wrong);
            }
            Set<String> groups = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
            Caller caller = new Caller(jwt.getSubject(), groups, jwt.getClaim("agency"));
            long notAfter = Math.min(jwt.getExpirationTime() * 1000, System.currentTimeMillis() + REMEMBER_MILLIS);
            synchronized (verified) {
                verified.put(token, new Verified(caller, notAfter));
            }
            return new Authentication.Authenticated(caller);
        } catch (ParseException e) {
            Log.debugf(e, "bearer token rejected");
            return new Authentication.Rejected(reason(e));
        } catch (RuntimeException e) {
            // the parser trips over claims of an unexpected type (e.g. groups as an object): still the token's fault
            Log.debugf(e, "bearer token rejected");
            return new Authentication.Rejected("the token is not valid");
        }
    }

    private static String token(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return authorizationHeader.substring(SCHEME.length()).trim();
    }

    private static String reason(ParseException e) {
        if (e.getCause() instanceof InvalidJwtException invalid && invalid.hasExpired()) {
            return "the token has expired";
        }
        // the precise cause (signature, issuer, format) stays in the log: it helps an attacker more than a user
        return "the token is not valid";
    }
}
