package gov.enforcement.audit.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The hash of the Merkle log: SHA-256 (RFC 9162's default) or SM3 (GB/T 32905, 国密). Both are 32 bytes. */
public enum HashAlgorithm {

    SHA_256("sha-256"),
    SM3("sm3");

    private final String id;

    HashAlgorithm(String id) {
        this.id = id;
    }

    /** The name used in configuration, in the database and on the wire. */
    public String id() {
        return id;
    }

    /** A fresh digest; a {@link MessageDigest} is not thread-safe, so each user keeps its own. */
    public MessageDigest newDigest() {
        try {
            return this == SHA_256 ? MessageDigest.getInstance("SHA-256")
                    : MessageDigest.getInstance("SM3", BouncyCastle.PROVIDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(id + " is not available", e);
        }
    }

    public static HashAlgorithm fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equalsIgnoreCase(id.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown hash algorithm '" + id + "'; known: "
                        + Arrays.stream(values()).map(HashAlgorithm::id).collect(Collectors.joining(", "))));
    }
}
