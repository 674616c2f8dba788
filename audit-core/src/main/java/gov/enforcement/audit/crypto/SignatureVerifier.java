package gov.enforcement.audit.crypto;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

/** Checks signatures of one public key; a malformed signature is simply not valid. */
public interface SignatureVerifier {

    boolean verify(byte[] message, byte[] signature);

    static SignatureVerifier of(SignatureAlgorithm algorithm, PublicKey publicKey) {
        return (message, signature) -> {
            try {
                Signature check = algorithm.newSignature();
                check.initVerify(publicKey);
                check.update(message);
                return check.verify(signature);
            } catch (GeneralSecurityException | RuntimeException e) {
                return false;
            }
        };
    }
}
