package gov.enforcement.audit.checkpoint;

import gov.enforcement.audit.crypto.HashAlgorithm;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A tree head in the text form of c2sp.org/tlog-checkpoint: origin, tree size, base64 root hash, then
 * extension lines: {@code time <RFC 3339 instant>} always (so a re-signed head of an unchanged tree
 * still proves freshness) and {@code hash <algorithm>} when the log is not RFC 6962's SHA-256.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, HashAlgorithm hashAlgorithm, Instant issuedAt) {

    private static final String TIME = "time ";
    private static final String HASH = "hash ";

    public Checkpoint {
        if (origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("the origin is one non-empty line");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size " + treeSize);
        }
        rootHash = rootHash.clone();
        issuedAt = issuedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The note text that is signed, ending with a newline. */
    public String body() {
        StringBuilder body = new StringBuilder()
                .append(origin).append('\n')
                .append(treeSize).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n')
                .append(TIME).append(issuedAt).append('\n');
        if (hashAlgorithm != HashAlgorithm.SHA_256) {
            body.append(HASH).append(hashAlgorithm.id()).append('\n');
        }
        return body.toString();
    }

    /** Reads a note text written by {@link #body()}; anything else is refused. */
    public static Checkpoint parse(String body) {
        if (!body.endsWith("\n")) {
            throw new IllegalArgumentException("a checkpoint ends with a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 4 || !lines[3].startsWith(TIME)) {
            throw new IllegalArgumentException("a checkpoint has origin, size, root and time lines");
        }
        try {
            HashAlgorithm hash = HashAlgorithm.SHA_256;
            if (lines.length == 5 && lines[4].startsWith(HASH)) {
                hash = HashAlgorithm.fromId(lines[4].substring(HASH.length()));
            } else if (lines.length != 4) {
                throw new IllegalArgumentException("unexpected extension lines");
            }
            if (!lines[1].matches("0|[1-9][0-9]*")) {
                throw new IllegalArgumentException("tree size '" + lines[1] + "'");
            }
            Checkpoint parsed = new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]),
                    hash, Instant.parse(lines[3].substring(TIME.length())));
            if (!parsed.body().equals(body)) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return parsed;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("malformed checkpoint: " + e.getMessage(), e);
        }
    }
}
