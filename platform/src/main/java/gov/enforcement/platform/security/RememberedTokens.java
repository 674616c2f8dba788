package gov.enforcement.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Verifies bearer tokens as SmallRye JWT does, and remembers a verified token for a minute at most, never
 * past its expiry: a client sends the same token with every request, and checking its RS256 signature was
 * a large part of each request's work. A rotated key takes effect within that minute. Claims of the wrong
 * type are refused here too ({@link TokenClaims}), so nothing past authentication ever meets them.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RememberedTokens extends JWTCallerPrincipalFactory {

    static final int REMEMBERED = 10_000;
    static final long REMEMBER_MILLIS = 60_000;

    private final JWTCallerPrincipalFactory verifier;
    private final LongSupplier clock;
    // guarded by itself; least recently used first
    private final Map<String, Verified> verified = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > REMEMBERED;
        }
    };

    private record Verified(JWTCallerPrincipal principal, long notAfterMillis) {
    }

    public RememberedTokens() {
        this(new DefaultJWTCallerPrincipalFactory(), System::currentTimeMillis);
    }

    RememberedTokens(JWTCallerPrincipalFactory verifier, LongSupplier clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        long now = clock.getAsLong();
        synchronized (verified) {
            Verified known = verified.get(token);
            if (known != null && now < known.notAfterMillis()) {
                return known.principal();
            }
            verified.remove(token);
        }
        JWTCallerPrincipal principal = verified(token, context);
        TokenClaims.check(principal, now / 1000, context == null ? 0 : context.getClockSkew());
        // the cache ends at exp itself, never within the verifier's clock skew past it
        long notAfter = Math.min(principal.getExpirationTime() * 1000, now + REMEMBER_MILLIS);
        synchronized (verified) {
            verified.put(token, new Verified(principal, notAfter));
        }
        return principal;
    }

    private JWTCallerPrincipal verified(String token, JWTAuthContextInfo context) throws ParseException {
        try {
            return verifier.parse(token, context);
        } catch (RuntimeException e) {
            // the verifier trips over claims of an unexpected type (e.g. groups as an object): the token's fault
            throw new ParseException("the token's claims cannot be read", e);
        }
    }
}
