package gov.enforcement.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
            if (token.startsWith("claims:")) {
                try {
                    return new DefaultJWTCallerPrincipal(token, "JWT", JwtClaims.parse(token.substring(7)));
                } catch (org.jose4j.jwt.consumer.InvalidJwtException e) {
                    throw new ParseException("unreadable", e);
                }
            }
            if (token.equals("trips")) {
                throw new ClassCastException("class jakarta.json.JsonObject cannot be cast to class java.lang.String");
            }
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"agency\":911301001234567890}",
            "{\"agency\":[\"91130100MA0CXX0000\"]}",
            "{\"agency\":{\"code\":\"x\"}}",
            "{\"cert\":13010019001}",
            "{\"sub\":null}",
            "{\"sub\":42}",
            "{\"sub\":\" \"}",
            "{\"iat\":4102444800}"})
    @DisplayName("a well-signed token whose claims have the wrong type or are missing is refused, never remembered")
    void wrongClaimShapesAreRefused(String spoiled) {
        String json = new io.vertx.core.json.JsonObject()
                .put("sub", "officer-1").put("agency", "91130100MA0CXX0000").put("cert", "13010019001")
                .put("groups", java.util.List.of("officer")).put("iat", now.get() / 1000).put("exp", now.get() / 1000 + 3600)
                .mergeIn(new io.vertx.core.json.JsonObject(spoiled)).encode();
        String token = "claims:" + json;
        assertThrows(ParseException.class, () -> tokens.parse(token, null));
        assertThrows(ParseException.class, () -> tokens.parse(token, null));
        assertEquals(2, verifications.get());
    }

    @Test
    @DisplayName("the same token with well-typed claims passes")
    void wellTypedClaimsPass() throws ParseException {
        String json = new io.vertx.core.json.JsonObject()
                .put("sub", "officer-1").put("agency", "91130100MA0CXX0000").put("cert", "13010019001")
                .put("groups", java.util.List.of("officer")).put("iat", now.get() / 1000).put("exp", now.get() / 1000 + 3600)
                .encode();
        assertEquals("91130100MA0CXX0000", tokens.parse("claims:" + json, null).getClaim("agency"));
    }

    @Test
    @DisplayName("a verifier that trips over a claim's type gives a refusal (401), not an error (500)")
    void verifierFailureIsARefusal() {
        assertThrows(ParseException.class, () -> tokens.parse("trips", null));
    }
}
