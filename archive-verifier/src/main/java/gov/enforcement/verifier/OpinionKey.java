package gov.enforcement.verifier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A key legal review publishes for its opinions, as {@code GET /api/v1/reviews/keys} lists it: the X.509 SPKI in
 * base64, its {@code sha256:} fingerprint, whose key it is and whether it is still trusted.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpinionKey(String keyId, String algorithm, String publicKey, String fingerprint, String holder,
                         String status, String createdAt) {

    /** A revoked key is no longer trusted: nothing it signed counts, since whoever holds it could have signed it. */
    boolean revoked() {
        return "REVOKED".equals(status);
    }
}
