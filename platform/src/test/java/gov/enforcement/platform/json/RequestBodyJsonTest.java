package gov.enforcement.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.platform.problem.ProblemTestAccess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client's body is taken as sent or refused, naming the field; never altered on the way in. */
class RequestBodyJsonTest {

    record Correction(String reason, BigDecimal fineAmount, boolean autoPublish, int retentionYears, double rate,
                      List<String> words, JsonNode data) {
    }

    private final ObjectMapper mapper;

    RequestBodyJsonTest() {
        ObjectMapper services = new ObjectMapper();
        new StrictJson().customize(services);
        mapper = RequestBodyJson.forRequests(services, 100);
    }

    private Correction read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Correction.class);
    }

    /** The field and message the client would get, as ProblemMappers builds them. */
    private List<String> refusal(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> read(json), json);
        return ProblemTestAccess.fieldAndMessage(e);
    }

    @Test
    @DisplayName("a sound body reads with its exact values")
    void soundBodyReads() throws JsonProcessingException {
        Correction c = read("{\"reason\":\"更正 🙂\",\"fineAmount\":2000.50,\"autoPublish\":true,\"retentionYears\":30,"
                + "\"rate\":0.05,\"words\":[\"a\"],\"data\":{\"amount\":1.10,\"big\":12345678901234567.5}}");
        assertEquals(new BigDecimal("2000.50"), c.fineAmount());
        assertEquals("1.10", c.data().get("amount").decimalValue().toPlainString());
        assertEquals("{\"amount\":1.10,\"big\":12345678901234567.5}", mapper.writeValueAsString(c.data()));
    }

    @Test
    @DisplayName("a key given twice is refused, in a typed body and in free-form data")
    void duplicateKeysAreRefused() {
        assertEquals(List.of("reason", "is given more than once"), refusal("{\"reason\":\"a\",\"reason\":\"b\"}"));
        assertEquals(List.of("data.x", "is given more than once"), refusal("{\"data\":{\"x\":1,\"x\":2}}"));
    }

    @Test
    @DisplayName("numbers are not coerced: 999… is no boolean, 3.7 no whole number, \"12\" no number")
    void noCoercion() {
        List<String> huge = refusal("{\"autoPublish\":99999999999999999999}");
        assertEquals("autoPublish", huge.get(0));
        assertTrue(huge.get(1).startsWith("must be true or false"), huge.get(1));
        assertEquals("autoPublish", refusal("{\"autoPublish\":1}").get(0));
        assertEquals("retentionYears", refusal("{\"retentionYears\":3.7}").get(0));
        assertEquals("fineAmount", refusal("{\"fineAmount\":\"12\"}").get(0));
        assertEquals(List.of("retentionYears", "is out of range"), refusal("{\"retentionYears\":99999999999}"));
    }

    @Test
    @DisplayName("numbers that would not keep their value are refused: 1e999999, 1e-999999, in any field")
    void numbersOutOfRangeAreRefused() {
        assertEquals("fineAmount", refusal("{\"fineAmount\":1e999999}").get(0));
        assertTrue(refusal("{\"fineAmount\":1e-999999}").get(1).contains("digits after the decimal point"));
        assertEquals("rate", refusal("{\"rate\":1e999999}").get(0));
        assertEquals("rate", refusal("{\"rate\":1e-999999}").get(0));
        assertEquals("data.a[1].b", refusal("{\"data\":{\"a\":[0,{\"b\":1e999999}]}}").get(0));
        assertEquals("data.c", refusal("{\"data\":{\"c\":-1e-400}}").get(0));
    }

    @Test
    @DisplayName("half a surrogate pair is refused, wherever it is; a whole emoji is text like any other")
    void loneSurrogatesAreRefused() throws JsonProcessingException {
        assertTrue(refusal("{\"reason\":\"a\\ud83d b\"}").get(1).contains("surrogate"));
        assertEquals("words[0]", refusal("{\"words\":[\"\\udc00\"]}").get(0));
        assertEquals("data.note", refusal("{\"data\":{\"note\":\"x\\ud83d\"}}").get(0));
        assertEquals("\ud83d\ude42", read("{\"reason\":\"\\ud83d\\ude42\"}").reason());
    }

    @Test
    @DisplayName("text longer than the limit is refused naming its field, so no event can outgrow a Kafka record")
    void longTextIsRefused() {
        List<String> refused = refusal("{\"reason\":\"" + "长".repeat(101) + "\"}");
        assertEquals(List.of("reason", "is 101 characters long; at most 100 are accepted"), refused);
        assertEquals("data.items[0]", refusal("{\"data\":{\"items\":[\"" + "x".repeat(101) + "\"]}}").get(0));
    }

    @Test
    @DisplayName("no refusal names a Java type or a parser limit")
    void refusalsSpeakJson() {
        for (String body : new String[]{"{\"retentionYears\":\"x\"}", "{\"words\":{}}", "{\"data\":[}", "[1]",
                "{\"reason\":{\"a\":1}}", "{\"autoPublish\":\"yes\"}"}) {
            String message = String.join(" ", refusal(body));
            assertFalse(message.matches("(?s).*(java\\.|`|Jackson|StreamReadConstraints|Cannot deserialize).*"), message);
        }
    }
}
