package gov.enforcement.recording.audit;

import io.vertx.mutiny.sqlclient.Row;

import java.time.OffsetDateTime;

/** A row of audit_checkpoints: a signed tree head as issued, with its note as published. */
public record StoredCheckpoint(long treeSize, OffsetDateTime issuedAt, byte[] rootHash, String hashAlgorithm,
                               String keyId, String algorithm, byte[] signature, String note) {

    static final String COLUMNS = "tree_size, issued_at, root_hash, hash_algorithm, key_id, algorithm, signature, note_text";

    static StoredCheckpoint read(Row row) {
        return new StoredCheckpoint(row.getLong("tree_size"), row.getOffsetDateTime("issued_at"),
                row.getBuffer("root_hash").getBytes(), row.getString("hash_algorithm"), row.getString("key_id"),
                row.getString("algorithm"), row.getBuffer("signature").getBytes(), row.getString("note_text"));
    }
}
