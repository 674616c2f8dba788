package gov.enforcement.audit.crypto;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;

/** One BouncyCastle provider instance, passed explicitly: nothing is registered JVM-wide. */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
