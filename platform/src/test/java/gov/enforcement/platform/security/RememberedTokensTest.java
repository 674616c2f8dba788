package gov.enforcement.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RememberedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    /** Accepts "good-<exp seconds>" tokens, refuses anything else, and counts how often it was asked. */
    private final JWTCallerPrincipalFactory verifier = new JWTCallerPrincipalFactory() {
        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
            verifications.incrementAndGet();
            if (!token.startsWith("good-")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject("officer-1");
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(Long.parseLong(token.substring(5))));
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        }
    };

    private final RememberedTokens tokens = new RememberedTokens(verifier, now::get);

    @Test
    @DisplayName("a verified token is answered from memory for a minute, then verified again")
    void remembersForAMinute() throws ParseException {
        String token = "good-" + (now.get() / 1000 + 3600);
        JWTCallerPrincipal first = tokens.parse(token, null);
        assertSame(first, tokens.parse(token, null));
        assertEquals(1, verifications.get());
        now.addAndGet(RememberedTokens.REMEMBER_MILLIS);
        tokens.parse(token, null);
        assertEquals(2, verifications.get());
    }

    @Test
    @DisplayName("never past the token's expiry, and a refused token is never remembered")
    void neverPastExpiryNorRefusals() throws ParseException {
        String token = "good-" + (now.get() / 1000 + 5);
        tokens.parse(token, null);
        now.addAndGet(5_000);
        tokens.parse(token, null);
        assertEquals(2, verifications.get());
        assertThrows(ParseException.class, () -> tokens.parse("forged", null));
        assertThrows(ParseException.class, () -> tokens.parse("forged", null));
        assertEquals(4, verifications.get());
    }
}
