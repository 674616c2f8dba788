package gov.enforcement.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    StrictJsonTest() {
        new StrictJson().customize(mapper);
    }

    @Test
    @DisplayName("anything after the body's one JSON value makes it malformed")
    void trailingTokensAreRefused() {
        for (String body : new String[]{"{\"a\":1}}", "{\"a\":1},", "{\"a\":1} trailing", "{\"a\":1}{\"a\":2}"}) {
            assertThrows(JsonProcessingException.class, () -> mapper.readValue(body, Map.class), body);
        }
    }

    @Test
    void oneValueWithWhitespaceIsRead() throws JsonProcessingException {
        assertEquals(Map.of("a", 1), mapper.readValue(" {\"a\":1}\n ", Map.class));
    }
}
