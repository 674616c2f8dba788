package gov.enforcement.audit.archive;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.audit.checkpoint.Checkpoint;
import gov.enforcement.audit.checkpoint.SignedNote;
import gov.enforcement.audit.crypto.HashAlgorithm;
import gov.enforcement.audit.crypto.KeyFingerprint;
import gov.enforcement.audit.crypto.Pem;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import gov.enforcement.audit.crypto.SignatureVerifier;
import gov.enforcement.audit.leaf.Leaves;
import gov.enforcement.audit.merkle.MerkleHashing;
import gov.enforcement.audit.merkle.ProofVerifier;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Checks a {@link CaseArchive} with nothing but the package: the checkpoint's signature, each event's leaf
 * recomputed from its content and proven into that checkpoint, the stream's order, and that the evidence
 * hashes are the ones the case file recorded, and that the package's case number, agency and retention are what
 * its registration and archiving steps recorded. Stops at the first bad item and names it.
 *
 * <p>The keys a package carries are only a convenience: the checkpoint counts as signed only by a key whose
 * fingerprint the verifier was told to trust, since anyone can sign a package of an invented case with a key of
 * their own under the log's key name.
 */
public final class ArchiveVerifier {

    private static final Base64.Decoder BASE64 = Base64.getDecoder();

    private final Set<String> trusted;

    private ArchiveVerifier(Set<String> trusted) {
        this.trusted = trusted;
    }

    /** A verifier that accepts checkpoints signed by one of these keys ({@link KeyFingerprint} form, any case). */
    public static ArchiveVerifier trusting(Collection<String> fingerprints) {
        Set<String> pinned = new TreeSet<>();
        fingerprints.forEach(f -> pinned.add(KeyFingerprint.normalise(f)));
        if (pinned.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted key fingerprint is required");
        }
        return new ArchiveVerifier(Set.copyOf(pinned));
    }

    public Verdict verify(CaseArchive archive) {
        try {
            return check(archive);
        } catch (RuntimeException e) {
            return Verdict.failed(0, 0, "the package cannot be read: " + e.getMessage());
        }
    }

    private Verdict check(CaseArchive archive) {
        if (!CaseArchive.FORMAT.equals(archive.format())) {
            return Verdict.failed(0, 0, "unknown format " + archive.format());
        }
        HashAlgorithm hash = HashAlgorithm.fromId(archive.hashAlgorithm());
        byte[] root = BASE64.decode(archive.checkpoint().rootHash());
        String headProblem = checkHead(archive, hash, root);
        if (headProblem != null) {
            return Verdict.failed(0, 0, headProblem);
        }
        if (archive.events() == null || archive.events().isEmpty()) {
            // a public checkpoint and no events would otherwise "prove" a case that never existed
            return Verdict.failed(0, 0, "the package holds no events: a case file starts with its registration");
        }
        MerkleHashing hashing = new MerkleHashing(hash);
        ProofVerifier proofs = new ProofVerifier(hashing);
        UUID caseId = UUID.fromString(archive.caseId());
        long expectedVersion = 1;
        for (CaseArchive.Event event : archive.events()) {
            String at = "event version " + event.version() + " (" + event.eventId() + ", " + shortType(event.type()) + ")";
            if (event.version() != expectedVersion++) {
                return Verdict.failed((int) expectedVersion - 2, 0, at + ": the stream has a gap or is out of order");
            }
            byte[] leaf = hashing.leaf(Leaves.caseEvent(caseId, event.version(), UUID.fromString(event.eventId()),
                    event.type(), OffsetDateTime.parse(event.recordedAt()), event.data().toString()));
            List<byte[]> path = event.auditPath().stream().map(BASE64::decode).toList();
            if (!proofs.verifyInclusion(event.leafIndex(), archive.checkpoint().treeSize(), leaf, path, root)) {
                return Verdict.failed((int) event.version() - 1, 0, at + " at leaf " + event.leafIndex()
                        + ": its content does not lead to the signed checkpoint root (altered, or a wrong proof)");
            }
        }
        String labelProblem = checkLabels(archive);
        if (labelProblem != null) {
            return Verdict.failed(archive.events().size(), 0, labelProblem);
        }
        String evidenceProblem = checkEvidence(archive);
        if (evidenceProblem != null) {
            return Verdict.failed(archive.events().size(), 0, evidenceProblem);
        }
        return new Verdict(true, archive.events().size(), archive.evidence().size(), null,
                "VERIFIED: case " + archive.caseId() + " (" + archive.caseNumber() + "): " + archive.events().size()
                        + " events and " + archive.evidence().size() + " evidence hashes proven into the checkpoint of "
                        + archive.checkpoint().treeSize() + " leaves signed with " + archive.hashAlgorithm());
    }

    private String checkHead(CaseArchive archive, HashAlgorithm hash, byte[] root) {
        SignedNote note = SignedNote.parse(archive.checkpoint().note());
        Checkpoint head = Checkpoint.parse(note.text());
        if (head.treeSize() != archive.checkpoint().treeSize() || !Arrays.equals(head.rootHash(), root)
                || head.hashAlgorithm() != hash) {
            return "checkpoint: the signed note does not state the tree size, root or hash algorithm of the package";
        }
        String problem = "checkpoint: signed by no key the package carries";
        for (SignedNote.NoteSignature signature : note.signatures()) {
            for (CaseArchive.Key key : archive.keys()) {
                if (!key.keyId().equals(signature.keyId()) || !key.keyName().equals(signature.keyName())) {
                    continue;
                }
                SignatureAlgorithm algorithm = SignatureAlgorithm.fromId(key.algorithm());
                PublicKey publicKey = Pem.publicKey(algorithm, key.publicKeyPem());
                String fingerprint = KeyFingerprint.of(publicKey);
                if (!trusted.contains(fingerprint)) {
                    problem = "checkpoint: signed by key " + key.keyId() + " (" + fingerprint
                            + "), which is not a trusted key of the log (trusted: " + String.join(", ", trusted) + ")";
                    continue;
                }
                boolean valid = SignatureVerifier.of(algorithm, publicKey)
                        .verify(note.text().getBytes(StandardCharsets.UTF_8), signature.signature());
                return valid ? null : "checkpoint: the signature of key " + key.keyId() + " does not verify";
            }
        }
        return problem;
    }

    /**
     * The package's own fields are not in any leaf: its case number and agency count only as what the proven
     * registration recorded, and its retention as what the proven archiving step recorded.
     */
    private static String checkLabels(CaseArchive archive) {
        CaseArchive.Event first = archive.events().get(0);
        if (!"CaseRegistered".equals(shortType(first.type()))) {
            return "event version 1 (" + first.eventId() + ", " + shortType(first.type())
                    + "): a case file starts with its CaseRegistered";
        }
        if (!Objects.equals(archive.caseNumber(), text(first.data(), "caseNumber"))
                || !Objects.equals(archive.agency(), text(first.data(), "agency"))) {
            return "the package names case number " + archive.caseNumber() + " of agency " + archive.agency()
                    + ", but its registration recorded " + text(first.data(), "caseNumber") + " of agency "
                    + text(first.data(), "agency");
        }
        CaseArchive.Event archived = archive.events().stream().filter(e -> "CaseArchived".equals(shortType(e.type())))
                .reduce((a, b) -> b).orElse(null);
        if (archived == null) {
            return "the package holds no CaseArchived: it is not the archive of an archived case";
        }
        JsonNode retention = archived.data();
        Integer years = retention.path("retentionYears").isNumber() ? retention.path("retentionYears").asInt() : null;
        if (!Objects.equals(archive.retentionClass(), text(retention, "retentionClass"))
                || !Objects.equals(archive.retentionYears(), years)) {
            return "the package states retention " + archive.retentionClass() + "/" + archive.retentionYears()
                    + ", but event version " + archived.version() + " (CaseArchived) recorded "
                    + text(retention, "retentionClass") + "/" + years;
        }
        return null;
    }

    /** A field as the exporter reads it, so that a package it wrote from any recorded event matches. */
    private static String text(JsonNode data, String field) {
        return data == null ? null : data.path(field).asText(null);
    }

    private static String checkEvidence(CaseArchive archive) {
        Set<String> recorded = new TreeSet<>();
        archive.events().stream().filter(e -> "AudioVisualRecorded".equals(shortType(e.type())))
                .map(e -> e.data().path("sha256").asText(null)).filter(h -> h != null).forEach(recorded::add);
        Set<String> listed = new TreeSet<>();
        archive.evidence().forEach(e -> listed.add(e.sha256()));
        if (!recorded.equals(listed)) {
            Set<String> differing = new TreeSet<>(recorded);
            differing.addAll(listed);
            differing.removeIf(h -> recorded.contains(h) && listed.contains(h));
            return "evidence " + differing.iterator().next() + ": listed and recorded evidence hashes differ";
        }
        return null;
    }

    private static String shortType(String type) {
        String[] parts = type.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : type;
    }
}
