package gov.enforcement.audit.archive;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * R-ARCHIVE: a self-contained, verifiable export of one case file: every event with its leaf index and
 * inclusion proof, the signed checkpoint they lead to, the public keys, and the evidence hashes.
 * Hashes and signatures are base64; {@code recordedAt} is written exactly as the leaf hashes it.
 */
public record CaseArchive(String format, String caseId, String caseNumber, String agency, String retentionClass,
                          Integer retentionYears, String exportedAt, String hashAlgorithm, Head checkpoint,
                          List<Key> keys, List<Event> events, List<Evidence> evidence) {

    public static final String FORMAT = "enforcement-case-archive/1";

    /** The signed tree head every proof leads to, with its signed note as published. */
    public record Head(long treeSize, String rootHash, String note) {
    }

    /** A public key of the log, as the log publishes it. */
    public record Key(String keyId, String keyName, String algorithm, String publicKeyPem) {
    }

    /** One step of the case file, where it sits in the log, and the proof of that. */
    public record Event(long version, String eventId, String type, String recordedAt, JsonNode data, long leafIndex,
                        List<String> auditPath) {
    }

    /** The identity of an evidence blob: its content is outside the package, its hash inside. */
    public record Evidence(String evidenceId, String sha256, Long size, String mediaType, String forStep) {
    }
}
