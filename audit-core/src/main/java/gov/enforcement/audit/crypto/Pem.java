package gov.enforcement.audit.crypto;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * PEM text of keys: PKCS#8 {@code PRIVATE KEY} (what {@code openssl genpkey -algorithm ed25519} writes, and
 * what a mounted Secret holds) and X.509 SubjectPublicKeyInfo {@code PUBLIC KEY} (what is published).
 */
public final class Pem {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";
    /** RFC 8410. */
    private static final ASN1ObjectIdentifier ID_ED25519 = new ASN1ObjectIdentifier("1.3.101.112");

    private Pem() {
    }

    public static String encode(PrivateKey key) {
        return encode(PRIVATE, key);
    }

    public static String encode(PublicKey key) {
        return encode(PUBLIC, key);
    }

    public static PrivateKey privateKey(SignatureAlgorithm algorithm, String pem) {
        try {
            return algorithm.keyFactory().generatePrivate(new PKCS8EncodedKeySpec(decode(PRIVATE, pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 " + algorithm.id() + " private key", e);
        }
    }

    public static PublicKey publicKey(SignatureAlgorithm algorithm, String pem) {
        try {
            return algorithm.keyFactory().generatePublic(new X509EncodedKeySpec(decode(PUBLIC, pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 " + algorithm.id() + " public key", e);
        }
    }

    /** The public half of a private key, so that only the private key needs to be mounted. */
    public static PublicKey publicKeyOf(SignatureAlgorithm algorithm, PrivateKey key) {
        try {
            if (algorithm == SignatureAlgorithm.ED25519) {
                byte[] seed = ASN1OctetString.getInstance(PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey())
                        .getOctets();
                byte[] raw = new Ed25519PrivateKeyParameters(seed).generatePublicKey().getEncoded();
                byte[] spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(ID_ED25519), raw)
                        .getEncoded();
                return algorithm.keyFactory().generatePublic(new X509EncodedKeySpec(spki));
            }
            ECPrivateKey ec = (ECPrivateKey) key;
            var q = ec.getParameters().getG().multiply(ec.getD()).normalize();
            return algorithm.keyFactory().generatePublic(new ECPublicKeySpec(q, ec.getParameters()));
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("cannot derive the public " + algorithm.id() + " key", e);
        }
    }

    /** The 32 bytes of RFC 8032 for Ed25519; the DER SubjectPublicKeyInfo otherwise. */
    public static byte[] publicKeyBytes(SignatureAlgorithm algorithm, PublicKey key) {
        return algorithm == SignatureAlgorithm.ED25519
                ? SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes()
                : key.getEncoded();
    }

    private static String encode(String label, Key key) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] decode(String label, String pem) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + begin + " block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
