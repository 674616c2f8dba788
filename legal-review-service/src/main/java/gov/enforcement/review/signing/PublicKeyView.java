package gov.enforcement.review.signing;

import java.time.OffsetDateTime;

/** A verification key as published: the X.509 SubjectPublicKeyInfo (DER) in base64. */
public record PublicKeyView(String keyId, String algorithm, String publicKey, OffsetDateTime createdAt) {
}
