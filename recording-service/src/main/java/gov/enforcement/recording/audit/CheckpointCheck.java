package gov.enforcement.recording.audit;

import gov.enforcement.audit.checkpoint.Checkpoint;
import gov.enforcement.audit.checkpoint.SignedNote;
import gov.enforcement.audit.crypto.SignatureVerifier;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * R-SIGN: a stored checkpoint's signed note must read as a checkpoint, agree with the stored columns, and
 * carry a valid signature of the published key it names.
 */
final class CheckpointCheck {

    private final Map<String, SigningKeys.PublishedKey> keys;
    private final String hashAlgorithm;
    private final Map<String, SignatureVerifier> verifiers = new HashMap<>();

    CheckpointCheck(Iterable<SigningKeys.PublishedKey> published, String hashAlgorithm) {
        Map<String, SigningKeys.PublishedKey> byId = new HashMap<>();
        published.forEach(key -> byId.put(key.keyId(), key));
        this.keys = byId;
        this.hashAlgorithm = hashAlgorithm;
    }

    /** Adds what is wrong with the checkpoint; answers whether it is sound. */
    boolean check(StoredCheckpoint stored, Findings findings) {
        SigningKeys.PublishedKey key = keys.get(stored.keyId());
        if (key == null) {
            findings.add(Finding.checkpoint(Failure.CHECKPOINT_KEY_UNKNOWN, stored, "key " + stored.keyId() + " was never published"));
            return false;
        }
        SignedNote note;
        Checkpoint head;
        try {
            note = SignedNote.parse(stored.note());
            head = Checkpoint.parse(note.text());
        } catch (IllegalArgumentException e) {
            findings.add(Finding.checkpoint(Failure.CHECKPOINT_MALFORMED, stored, "the note cannot be read: " + e.getMessage()));
            return false;
        }
        boolean agrees = head.treeSize() == stored.treeSize() && Arrays.equals(head.rootHash(), stored.rootHash())
                && head.hashAlgorithm().id().equals(stored.hashAlgorithm()) && hashAlgorithm.equals(stored.hashAlgorithm())
                && head.issuedAt().equals(stored.issuedAt().toInstant().truncatedTo(ChronoUnit.MILLIS));
        if (!agrees) {
            findings.add(Finding.checkpoint(Failure.CHECKPOINT_MALFORMED, stored,
                    "the stored size, root, hash algorithm or time differ from the signed note"));
            return false;
        }
        var signature = note.signatures().stream()
                .filter(s -> s.keyId().equals(key.keyId()) && s.keyName().equals(key.keyName())).findFirst();
        boolean valid = signature.isPresent() && Arrays.equals(signature.get().signature(), stored.signature())
                && verifiers.computeIfAbsent(key.keyId(), id -> SignatureVerifier.of(key.algorithm(), key.publicKey()))
                .verify(note.text().getBytes(StandardCharsets.UTF_8), signature.get().signature());
        if (!valid) {
            findings.add(Finding.checkpoint(Failure.CHECKPOINT_SIGNATURE_INVALID, stored,
                    "the signature does not verify with " + key.algorithm().id() + " key " + key.keyId()));
        }
        return valid;
    }
}
