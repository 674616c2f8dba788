package gov.enforcement.disclosure.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.events.CloudEventCodec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of public search: the items are the JSON views stored in the index, passed through as they are (no
 * re-encoding of amounts or dates); {@code next} is the cursor of the following page when there is one.
 */
public record SearchPage(int page, int size, boolean hasMore, String next, List<String> items) {

    private static final ObjectMapper JSON = CloudEventCodec.mapper();

    /** The API's answer: {@code page, size, hasMore, next, items}. */
    public String json() {
        StringBuilder out = new StringBuilder(256 + items.stream().mapToInt(String::length).sum());
        out.append("{\"page\":").append(page).append(",\"size\":").append(size).append(",\"hasMore\":").append(hasMore)
                .append(",\"next\":").append(next == null ? "null" : "\"" + next + "\"").append(",\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ",").append(items.get(i));
        }
        return out.append("]}").toString();
    }

    /** The same as plain maps, for the portal's templates. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asMap() {
        try {
            return JSON.readValue(json(), HashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored search view unreadable", e);
        }
    }
}
