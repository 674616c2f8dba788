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

    @Test
    @DisplayName("a key given twice is malformed, not whatever its last occurrence says")
    void duplicateKeysAreRefused() {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"a\":1,\"a\":2}", Map.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readTree("{\"a\":{\"b\":1,\"b\":1}}"));
    }

    record Flags(boolean publish, int years) {
    }

    @Test
    @DisplayName("JSON types are taken as sent: a number is no boolean, a fraction no whole number, a string no number")
    void noCoercion() throws JsonProcessingException {
        for (String body : new String[]{"{\"publish\":999,\"years\":1}", "{\"publish\":true,\"years\":3.7}",
                "{\"publish\":true,\"years\":\"3\"}", "{\"publish\":\"true\",\"years\":3}"}) {
            assertThrows(JsonProcessingException.class, () -> mapper.readValue(body, Flags.class), body);
        }
        assertEquals(new Flags(true, 3), mapper.readValue("{\"publish\":true,\"years\":3}", Flags.class));
    }
}
