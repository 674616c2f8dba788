package gov.enforcement.recording.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import gov.enforcement.audit.checkpoint.SignedNote;
import gov.enforcement.audit.crypto.KeyFingerprint;
import gov.enforcement.audit.crypto.Pem;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** What the audit endpoints answer; hashes and signatures are standard base64. */
final class AuditViews {

    private AuditViews() {
    }

    /** A signed checkpoint; {@code note} is the c2sp.org/tlog-checkpoint signed note, verifiable as it is. */
    record CheckpointView(String origin, long treeSize, String rootHash, String hashAlgorithm, OffsetDateTime issuedAt,
                          String keyId, String keyName, String signatureAlgorithm, String signature, String note) {

        static CheckpointView of(StoredCheckpoint c) {
            String origin = null;
            String keyName = null;
            try {
                SignedNote note = SignedNote.parse(c.note());
                origin = note.text().substring(0, note.text().indexOf('\n'));
                keyName = note.signatures().get(0).keyName();
            } catch (RuntimeException unreadable) {
                // shown as stored: a damaged note is for GET /audit/verify to report, not for this view to hide
            }
            return new CheckpointView(origin, c.treeSize(), b64(c.rootHash()), c.hashAlgorithm(), c.issuedAt(),
                    c.keyId(), keyName, c.algorithm(), b64(c.signature()), c.note());
        }
    }

    /** Every key that ever signed a checkpoint. */
    record KeysView(String origin, String hashAlgorithm, List<KeyView> keys) {
    }

    /**
     * A public key: PEM (SubjectPublicKeyInfo), the signed-note verifier key string, and the fingerprint that the
     * offline archive verifier is told to trust ({@code --trust}).
     */
    record KeyView(String keyId, String keyName, String algorithm, String publicKeyPem, String verifierKey,
                   String fingerprint, OffsetDateTime createdAt) {

        static KeyView of(SigningKeys.PublishedKey key) {
            return new KeyView(key.keyId(), key.keyName(), key.algorithm().id(), key.publicKeyPem(),
                    key.noteKey().verifierKey(),
                    KeyFingerprint.of(Pem.publicKey(key.algorithm(), key.publicKeyPem())), key.createdAt());
        }
    }

    /** RFC 9162 inclusion proof: the audit path from the leaf hash to the root of {@code treeSize} leaves. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"eventId", "leafIndex", "treeSize", "hashAlgorithm", "leafHash", "auditPath"})
    record InclusionView(UUID eventId, long leafIndex, long treeSize, String hashAlgorithm, String leafHash,
                         List<String> auditPath, CheckpointView checkpoint) {

        static InclusionView of(AuditProofs.Inclusion p, String hashAlgorithm) {
            return new InclusionView(p.refId(), p.leafIndex(), p.treeSize(), hashAlgorithm, b64(p.leafHash()),
                    p.path().stream().map(AuditViews::b64).toList(), p.checkpoint().map(CheckpointView::of).orElse(null));
        }
    }

    /** RFC 9162 consistency proof from the tree of {@code from} leaves to the tree of {@code to}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"from", "to", "hashAlgorithm", "proof"})
    record ConsistencyView(long from, long to, String hashAlgorithm, List<String> proof, CheckpointView fromCheckpoint,
                           CheckpointView toCheckpoint) {

        static ConsistencyView of(AuditProofs.Consistency p, String hashAlgorithm) {
            return new ConsistencyView(p.from(), p.to(), hashAlgorithm, p.proof().stream().map(AuditViews::b64).toList(),
                    p.fromCheckpoint().map(CheckpointView::of).orElse(null),
                    p.toCheckpoint().map(CheckpointView::of).orElse(null));
        }
    }

    /** A leaf with the canonical bytes it hashes: personal data, hence for auditors only, and the read is recorded. */
    record LeafView(UUID eventId, String kind, UUID caseId, long leafIndex, String leafHash, String leaf,
                    String canonicalJson) {
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
