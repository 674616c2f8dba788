package gov.enforcement.testing;

import gov.enforcement.devstack.JwtKeys;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestTokensTest {

    // verifies as a service does: the public key file and issuer that JwtKeysResource configures
    private final JwtConsumer service = verifier();

    @Test
    void anOfficerTokenVerifiesWithThePublishedKeyAndCarriesTheClaims() throws Exception {
        JwtClaims claims = service.processToClaims(TestTokens.officer(TestAgencies.AGENCY_A, "HB-0001"));
        assertEquals("officer-HB-0001", claims.getSubject());
        assertEquals(List.of("officer"), claims.getStringListClaimValue("groups"));
        assertEquals(TestAgencies.AGENCY_A, claims.getStringClaimValue("agency"));
        assertEquals("HB-0001", claims.getStringClaimValue("cert"));
        assertEquals("https://devstack.enforcement.local", claims.getIssuer());
        assertEquals(List.of(gov.enforcement.devstack.DevStack.AUDIENCE), claims.getAudience());
    }

    @Test
    void aRoleTokenHasNoCertificate() throws Exception {
        JwtClaims claims = service.processToClaims(TestTokens.withRole("reviewer", TestAgencies.AGENCY_B));
        assertEquals(List.of("reviewer"), claims.getStringListClaimValue("groups"));
        assertFalse(claims.hasClaim("cert"));
    }

    @Test
    void badTokensAreRejected() {
        assertThrows(InvalidJwtException.class,
                () -> service.processToClaims(TestTokens.expired("officer", TestAgencies.AGENCY_A)));
        assertThrows(InvalidJwtException.class,
                () -> service.processToClaims(TestTokens.signedByAnotherKey("officer", TestAgencies.AGENCY_A)));
        assertThrows(InvalidJwtException.class,
                () -> service.processToClaims(TestTokens.fromAnotherIssuer("officer", TestAgencies.AGENCY_A)));
    }

    private static JwtConsumer verifier() {
        Map<String, String> config = new JwtKeysResource().start();
        Path publicKey = Path.of(config.get("mp.jwt.verify.publickey.location"));
        return new JwtConsumerBuilder()
                .setVerificationKey(JwtKeys.ensure(publicKey.getParent()).publicKey())
                .setExpectedIssuer(config.get("mp.jwt.verify.issuer"))
                .setExpectedAudience(gov.enforcement.devstack.DevStack.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }
}
