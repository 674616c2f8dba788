package gov.enforcement.review.signing;

/** A detached signature: which key, which algorithm, and the signature bytes in base64. */
public record SignatureValue(String keyId, String algorithm, String signature) {
}
