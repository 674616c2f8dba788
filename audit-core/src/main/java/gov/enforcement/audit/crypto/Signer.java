package gov.enforcement.audit.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/** Signs checkpoints with one key; the key is known to outsiders by its {@link NoteKey}. */
public interface Signer {

    SignatureAlgorithm algorithm();

    NoteKey key();

    byte[] sign(byte[] message);

    static Signer of(SignatureAlgorithm algorithm, String keyName, PrivateKey privateKey, PublicKey publicKey) {
        NoteKey key = NoteKey.of(keyName, algorithm, publicKey);
        return new Signer() {
            @Override
            public SignatureAlgorithm algorithm() {
                return algorithm;
            }

            @Override
            public NoteKey key() {
                return key;
            }

            @Override
            public byte[] sign(byte[] message) {
                try {
                    Signature signature = algorithm.newSignature();
                    signature.initSign(privateKey);
                    signature.update(message);
                    return signature.sign();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("cannot sign with key " + key.id(), e);
                }
            }
        };
    }
}
