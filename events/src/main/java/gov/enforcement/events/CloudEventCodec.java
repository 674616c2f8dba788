package gov.enforcement.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads and writes CloudEvents in structured JSON mode (the bytes on the Kafka topics). */
public final class CloudEventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // extensions this reader does not know are allowed by CloudEvents; they are ignored
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    // two envelopes glued together must fail, not be read as the first one
    private static final ObjectReader READER = MAPPER.readerFor(CloudEvent.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CloudEventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(CloudEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    public static String toJson(CloudEvent event) {
        return new String(toBytes(event), StandardCharsets.UTF_8);
    }

    /** Parses a structured-mode event; anything that is not a valid envelope is an {@link InvalidEnvelopeException}. */
    public static CloudEvent fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidEnvelopeException("body", "is empty");
        }
        CloudEvent event;
        try {
            event = READER.readValue(bytes);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidEnvelopeException invalid) {
                throw invalid;
            }
            throw new InvalidEnvelopeException("body", "is not a CloudEvent: " + e.getOriginalMessage(), e);
        } catch (JsonMappingException e) {
            // a value of the wrong shape (an id that is no UUID, a time that is no date): name the attribute
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            if (field != null) {
                throw new InvalidEnvelopeException(field, "is malformed: " + e.getOriginalMessage(), e);
            }
            throw new InvalidEnvelopeException("body", "is not a CloudEvent: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidEnvelopeException("body", "is not a CloudEvent: " + e.getMessage(), e);
        }
        if (event == null) {
            // the JSON literal null reads as no object at all
            throw new InvalidEnvelopeException("body", "is not a CloudEvent: null");
        }
        return event;
    }

    public static CloudEvent fromJson(String json) {
        return fromBytes(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }
}
