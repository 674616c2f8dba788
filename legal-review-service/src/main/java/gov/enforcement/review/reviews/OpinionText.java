package gov.enforcement.review.reviews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text an opinion's signature covers (L-RESPONSIBILITY): compact UTF-8 JSON, keys sorted, items in
 * L-ITEMS order, absent values as null. A verifier rebuilds it from the ReviewOpinionGiven data (without
 * {@code signature} and {@code keyId}).
 */
public final class OpinionText {

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private OpinionText() {
    }

    public static byte[] canonical(String caseId, String reviewId, String draftHash, String outcome, List<ItemResult> items,
                                   String problems, String reviewer, String givenAt) {
        return canonical(caseId, reviewId, draftHash, outcome, items, problems, reviewer, givenAt, null);
    }

    /**
     * With two-level sign-off the text names the head reviewer too ({@code signedOffBy}); without, the key is left out
     * rather than null, so that every opinion signed before sign-off existed keeps its exact text.
     */
    public static byte[] canonical(String caseId, String reviewId, String draftHash, String outcome, List<ItemResult> items,
                                   String problems, String reviewer, String givenAt, String signedOffBy) {
        Map<String, Object> text = new TreeMap<>();
        text.put("caseId", caseId);
        text.put("reviewId", reviewId);
        text.put("draftHash", draftHash);
        text.put("outcome", outcome);
        text.put("items", Checklist.ordered(items).stream().map(OpinionText::item).toList());
        text.put("problems", problems);
        text.put("reviewer", reviewer);
        text.put("givenAt", givenAt);
        if (signedOffBy != null) {
            text.put("signedOffBy", signedOffBy);
        }
        try {
            return CANONICAL.writeValueAsString(text).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> item(ItemResult result) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("comment", result.comment());
        item.put("item", result.item());
        item.put("passed", result.passed());
        return item;
    }
}
