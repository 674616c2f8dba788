package gov.enforcement.review.signing;

import java.time.OffsetDateTime;

/**
 * A verification key as published: the X.509 SubjectPublicKeyInfo (DER) in base64, its SHA-256 fingerprint
 * ({@code sha256:<hex>}, as {@code openssl pkey -pubout -outform DER | sha256sum} prints it), whose key it is
 * ({@code holder}: the service today, a reviewer once keys are per reviewer) and whether it still signs.
 */
public record PublicKeyView(String keyId, String algorithm, String publicKey, String fingerprint, String holder,
                            KeyStatus status, OffsetDateTime createdAt) {
}
