package gov.enforcement.review.signing;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Signs texts for L-RESPONSIBILITY, behind this small interface so that the key could move to a KMS;
 * the implementation uses the audit log's signing code (audit-core).
 */
public interface Signer {

    Uni<SignatureValue> sign(byte[] text);

    /** The public keys that verify this service's signatures, for outsiders. */
    Uni<List<PublicKeyView>> publicKeys();
}
