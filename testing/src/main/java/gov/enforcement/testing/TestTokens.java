package gov.enforcement.testing;

import gov.enforcement.devstack.DevStack;
import gov.enforcement.devstack.JwtKeys;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** RS256 bearer tokens for tests, signed with the key pair {@link JwtKeysResource} configures. */
public final class TestTokens {

    /** The same issuer as the one-machine stack, so tests and the stack accept the same tokens. */
    public static final String ISSUER = DevStack.ISSUER;

    /** The audience the services and the gateway require. */
    public static final String AUDIENCE = DevStack.AUDIENCE;

    private static final Duration LIFESPAN = Duration.ofHours(1);

    private TestTokens() {
    }

    /**
     * A valid token.
     *
     * @param cert the officer's certificate number; null for roles that have none
     */
    public static String mint(String sub, Set<String> groups, String agency, String cert) {
        Instant now = Instant.now();
        return claims(ISSUER, sub, groups, agency, cert, now, now.plus(LIFESPAN)).sign(privateKey());
    }

    /** An officer of the agency; the subject is derived from the certificate number. */
    public static String officer(String agency, String cert) {
        return mint("officer-" + cert, Set.of("officer"), agency, cert);
    }

    /** A user with one role (reviewer, disclosure-clerk, auditor, admin, ...) in the agency. */
    public static String withRole(String role, String agency) {
        return mint(role + "-" + agency, Set.of(role), agency, null);
    }

    /** A valid token that expires after {@code lifespan}, for tests of what happens at expiry. */
    public static String expiringIn(Duration lifespan, String role, String agency) {
        Instant now = Instant.now();
        return claims(ISSUER, role + "-" + agency, Set.of(role), agency, null, now, now.plus(lifespan)).sign(privateKey());
    }

    /** Well signed, but expired an hour ago: must be answered 401. */
    public static String expired(String role, String agency) {
        Instant now = Instant.now();
        return claims(ISSUER, role + "-" + agency, Set.of(role), agency, null,
                now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1))).sign(privateKey());
    }

    /** Valid claims signed by a key the services do not know: must be answered 401. */
    public static String signedByAnotherKey(String role, String agency) {
        Instant now = Instant.now();
        return claims(ISSUER, role + "-" + agency, Set.of(role), agency, null, now, now.plus(LIFESPAN))
                .sign(JwtKeys.generate().getPrivate());
    }

    /** Signed with the right key but issued by someone else: must be answered 401. */
    public static String fromAnotherIssuer(String role, String agency) {
        Instant now = Instant.now();
        return claims("https://elsewhere.example", role + "-" + agency, Set.of(role), agency, null, now,
                now.plus(LIFESPAN)).sign(privateKey());
    }

    /**
     * The claims of a valid token (iss, aud, sub, upn, groups, agency, iat, exp), as a mutable map a test can
     * spoil before {@link #signedClaims signing} it.
     */
    public static Map<String, Object> validClaims(String role, String agency) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", role + "-" + agency);
        claims.put("upn", role + "-" + agency);
        claims.put("groups", List.of(role));
        claims.put("agency", agency);
        claims.put("iat", now);
        claims.put("exp", now + LIFESPAN.toSeconds());
        return claims;
    }

    /** Exactly these claims, signed with the right key (nothing added): for tokens no issuer should mint. */
    public static String signedClaims(Map<String, Object> claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(JsonUtil.toJson(claims));
        jws.setKey(privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signing key, for tests that build unusual tokens themselves. */
    public static PrivateKey privateKey() {
        return keys().privateKey();
    }

    static JwtKeys keys() {
        return JwtKeys.ensure(Path.of(JvmWide.keys().get(JvmWide.PRIVATE_KEY)).getParent());
    }

    private static JwtClaimsBuilder claims(String issuer, String sub, Set<String> groups, String agency, String cert,
                                           Instant issuedAt, Instant expiresAt) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject(sub)
                .upn(sub)
                .groups(groups)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        if (cert != null) {
            claims.claim("cert", cert);
        }
        return claims;
    }
}
