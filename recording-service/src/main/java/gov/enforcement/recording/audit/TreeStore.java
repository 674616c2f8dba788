package gov.enforcement.recording.audit;

import gov.enforcement.audit.crypto.HashAlgorithm;
import gov.enforcement.audit.merkle.NodeId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored tree: its state row, and complete-subtree hashes from audit_leaves (level 0) and audit_nodes. */
@ApplicationScoped
public class TreeStore {

    static final int HASH_LENGTH = 32;

    /** The sequencer's state row. */
    public record State(String hashAlgorithm, long size, byte[] root, List<byte[]> border) {
    }

    public Uni<State> state(SqlClient sql) {
        return sql.query("select hash_algorithm, tree_size, root_hash, border from audit_tree_state").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    Buffer root = row.getBuffer("root_hash");
                    return new State(row.getString("hash_algorithm"), row.getLong("tree_size"),
                            root == null ? null : root.getBytes(), split(row.getBuffer("border").getBytes()));
                });
    }

    /** The border as stored: its hashes concatenated (every supported hash has 32 bytes). */
    public static byte[] join(List<byte[]> border) {
        byte[] joined = new byte[border.size() * HASH_LENGTH];
        for (int i = 0; i < border.size(); i++) {
            System.arraycopy(border.get(i), 0, joined, i * HASH_LENGTH, HASH_LENGTH);
        }
        return joined;
    }

    static List<byte[]> split(byte[] joined) {
        List<byte[]> border = new ArrayList<>();
        for (int at = 0; at + HASH_LENGTH <= joined.length; at += HASH_LENGTH) {
            border.add(Arrays.copyOfRange(joined, at, at + HASH_LENGTH));
        }
        return border;
    }

    /** Binds a new log to its hash algorithm, and refuses to run an existing log with another one. */
    public Uni<Void> claim(SqlClient sql, HashAlgorithm algorithm) {
        return sql.preparedQuery("update audit_tree_state set hash_algorithm = $1 where hash_algorithm is null")
                .execute(Tuple.of(algorithm.id()))
                .chain(() -> state(sql))
                .invoke(state -> {
                    if (!algorithm.id().equals(state.hashAlgorithm())) {
                        throw new IllegalStateException("the audit log is hashed with " + state.hashAlgorithm()
                                + "; recording.audit.hash-algorithm=" + algorithm.id() + " would break it");
                    }
                })
                .replaceWithVoid();
    }

    /** The hashes of the given complete subtrees, in one round trip; absent ones are missing from the map. */
    public Uni<Map<NodeId, byte[]>> subtrees(SqlClient sql, Collection<NodeId> wanted) {
        if (wanted.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Long> leaves = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        for (NodeId node : wanted) {
            if (node.level() == 0) {
                leaves.add(node.index());
            } else {
                levels.add(node.level());
                indexes.add(node.index());
            }
        }
        return sql.preparedQuery("select 0 as level, leaf_index as node_index, leaf_hash as hash from audit_leaves"
                        + " where leaf_index = any($1)"
                        + " union all select n.level, n.node_index, n.hash from audit_nodes n"
                        + " join unnest($2::int[], $3::bigint[]) as w(level, node_index)"
                        + " on n.level = w.level and n.node_index = w.node_index")
                .execute(Tuple.of(leaves.toArray(Long[]::new), levels.toArray(Integer[]::new), indexes.toArray(Long[]::new)))
                .map(rows -> {
                    Map<NodeId, byte[]> found = new HashMap<>();
                    for (Row row : rows) {
                        found.put(new NodeId(row.getInteger("level"), row.getLong("node_index")),
                                row.getBuffer("hash").getBytes());
                    }
                    return found;
                });
    }

    /** Looks a subtree up in a fetched map, failing clearly when the store lacks it. */
    public static byte[] required(Map<NodeId, byte[]> subtrees, NodeId node) {
        byte[] hash = subtrees.get(node);
        if (hash == null) {
            throw new MissingSubtreeException(node);
        }
        return hash;
    }

    /** A subtree the tree should have is not stored: the log was truncated or not yet written. */
    public static class MissingSubtreeException extends IllegalStateException {
        public MissingSubtreeException(NodeId node) {
            super("the stored tree lacks the subtree at level " + node.level() + ", index " + node.index());
        }
    }
}
