package gov.enforcement.review.drafts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** L-OPINION: what a resubmitted draft changed, field by field, against the previous draft of the case. */
public final class DraftDiff {

    /** One changed field, with its JSON value before and after as JSON text (null when absent; amounts in plain decimal). */
    public record Change(String field, String before, String after) {
    }

    // they identify the draft or say who wrote it rather than being its content
    private static final Set<String> IDENTITY = Set.of("draftHash", "revision", "draftedBy");

    private DraftDiff() {
    }

    public static List<Change> between(JsonNode previous, JsonNode revised) {
        Set<String> fields = new TreeSet<>();
        previous.fieldNames().forEachRemaining(fields::add);
        revised.fieldNames().forEachRemaining(fields::add);
        fields.removeAll(IDENTITY);
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode before = previous.path(field);
            JsonNode after = revised.path(field);
            if (!same(before, after)) {
                changes.add(new Change(field, text(before), text(after)));
            }
        }
        return changes;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0; // 40000 and 40000.00 are one amount
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            while (left.hasNext()) {
                if (!same(left.next(), right.next())) {
                    return false;
                }
            }
            return true;
        }
        return (a.isMissingNode() || a.isNull()) ? (b.isMissingNode() || b.isNull()) : a.equals(b);
    }

    private static String text(JsonNode node) {
        if (node.isNumber()) {
            // one spelling per amount, however the producer wrote it (40000, 40000.00)
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.isMissingNode() || node instanceof NullNode ? null : node.toString();
    }
}
