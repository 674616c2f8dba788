package gov.enforcement.review.signing;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Signs texts for L-RESPONSIBILITY. Kept this small on purpose, so that it can move to {@code platform} and share
 * one implementation with recording's audit log.
 */
public interface Signer {

    Uni<SignatureValue> sign(byte[] text);

    /** The public keys that verify this service's signatures, for outsiders. */
    Uni<List<PublicKeyView>> publicKeys();
}
