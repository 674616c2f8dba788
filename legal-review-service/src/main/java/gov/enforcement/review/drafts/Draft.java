package gov.enforcement.review.drafts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A drafted decision as DecisionDrafted carries it; {@code draftedBy} is null in drafts recorded before the drafter
 * was named; {@code noPenalty} is whether it decides no penalty (P-OUTCOME; drafts without an outcome are
 * penalties); {@code content} is the event's data, kept for the diff.
 */
public record Draft(int revision, String draftHash, BigDecimal fineAmount, BigDecimal confiscationAmount,
                    boolean licenceRevoked, boolean businessClosed, List<String> declaredFlags, boolean afterHearing,
                    String draftedBy, boolean noPenalty, ObjectNode content) {

    public static Draft of(JsonNode data) {
        List<String> flags = new ArrayList<>();
        data.path("declaredFlags").forEach(flag -> flags.add(flag.asText()));
        return new Draft(data.path("revision").asInt(), data.path("draftHash").asText(),
                amount(data.path("fineAmount")), amount(data.path("confiscationAmount")),
                data.path("licenceRevoked").asBoolean(), data.path("businessClosed").asBoolean(), List.copyOf(flags),
                data.path("afterHearing").asBoolean(), data.path("draftedBy").asText(null),
                "NO_PENALTY".equals(data.path("outcome").asText()), (ObjectNode) data.deepCopy());
    }

    private static BigDecimal amount(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}
