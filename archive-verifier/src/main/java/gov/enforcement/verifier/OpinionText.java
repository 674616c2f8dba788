package gov.enforcement.verifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text an opinion's signature covers, rebuilt from the opinion as the case file recorded it: compact
 * UTF-8 JSON with sorted keys, {@code {caseId, draftHash, givenAt, items, outcome, problems, reviewer, reviewId}},
 * items in L-ITEMS order as {@code {comment, item, passed}}, absent values as null; {@code signedOffBy} (the head
 * reviewer of a two-level sign-off) only when the opinion names one. Written from the format that
 * legal review documents, not from its code, so that the two are checked against each other.
 */
final class OpinionText {

    /** L-ITEMS in the order an opinion lists them. */
    static final List<String> ITEMS = List.of("COMPETENCE", "PROCEDURE", "FACTS_AND_EVIDENCE", "LAW_AND_DISCRETION",
            "NO_ULTRA_VIRES", "DOCUMENTS", "CRIMINAL_TRANSFER");

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private OpinionText() {
    }

    static byte[] canonical(String caseId, JsonNode opinion) {
        Map<String, Object> text = new TreeMap<>();
        text.put("caseId", caseId);
        text.put("reviewId", textOf(opinion, "reviewId"));
        text.put("draftHash", textOf(opinion, "draftHash"));
        text.put("outcome", textOf(opinion, "outcome"));
        text.put("items", items(opinion.path("items")));
        text.put("problems", blankAsNull(textOf(opinion, "problems")));
        text.put("reviewer", textOf(opinion, "reviewer"));
        text.put("givenAt", textOf(opinion, "givenAt"));
        String signedOffBy = textOf(opinion, "signedOffBy");
        if (signedOffBy != null) {
            text.put("signedOffBy", signedOffBy);
        }
        try {
            return CANONICAL.writeValueAsString(text).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> items(JsonNode items) {
        List<JsonNode> sorted = new ArrayList<>();
        items.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(i -> rank(i.path("item").asText())));
        return sorted.stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("comment", blankAsNull(textOf(i, "comment")));
            item.put("item", textOf(i, "item"));
            item.put("passed", i.path("passed").isBoolean() ? i.path("passed").booleanValue() : null);
            return item;
        }).toList();
    }

    private static int rank(String item) {
        int at = ITEMS.indexOf(item);
        return at < 0 ? ITEMS.size() : at;
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
