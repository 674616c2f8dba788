package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens for the shared stack: ordinary ones from the gateway's {@code POST /dev/tokens}, and the odd ones
 * it refuses to mint (no agency, an unknown role) signed here with the stack's own key, so they are valid tokens
 * and only their claims are odd.
 */
final class StackTokens {

    private final DevStack stack;
    private final String gateway;

    StackTokens(DevStack stack, String gateway) {
        this.stack = stack;
        this.gateway = gateway;
    }

    /** A token the gateway mints; {@code cert} only for officers. */
    String dev(String sub, String role, String agency, String cert) {
        Map<String, Object> claims = new LinkedHashMap<>(Map.of("sub", sub, "groups", List.of(role), "agency", agency));
        if (cert != null) {
            claims.put("cert", cert);
        }
        Http.Answer answer = Http.json(gateway, "POST", "/dev/tokens", null, claims);
        if (answer.status() != 200) {
            throw new AssertionError("POST /dev/tokens " + claims + ": " + answer);
        }
        return answer.json().get("token").asText();
    }

    /** A well-signed token from the stack's issuer with exactly these groups; null agency leaves the claim out. */
    String signed(String sub, List<String> groups, String agency) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", DevStack.ISSUER);
        claims.put("aud", DevStack.AUDIENCE);
        claims.put("sub", sub);
        claims.put("upn", sub);
        claims.put("groups", groups);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        if (agency != null) {
            claims.put("agency", agency);
        }
        return sign(claims);
    }

    /** The same claims as {@link #signed}, signed by a key nobody trusts: must be answered 401. */
    String forged(String sub, List<String> groups, String agency) {
        String genuine = signed(sub, groups, agency);
        String unsigned = genuine.substring(0, genuine.lastIndexOf('.'));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(gov.enforcement.devstack.JwtKeys.generate().getPrivate());
            rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(Map<String, Object> claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(Http.bytes(claims));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(stack.keys().privateKey());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
