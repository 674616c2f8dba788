package gov.enforcement.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The JSON mapper for REST bodies: the services' own mapper plus the rules only a client's input must meet
 * ({@link JsonValueRules}): bounded text and numbers kept exactly. Stored rows and events from Kafka are read with
 * the services' mapper, so an event recorded before a rule existed still reads.
 */
@Provider
@Singleton
public class RequestBodyJson implements ContextResolver<ObjectMapper> {

    /** A backstop far above the per-value rule, so that one huge string is not buffered before it is refused. */
    private static final int PARSER_MAX_STRING_LENGTH = 1_000_000;

    private final ObjectMapper mapper;

    public RequestBodyJson(ObjectMapper services,
                           @ConfigProperty(name = "platform.json.max-text-length",
                                   defaultValue = "" + JsonValueRules.DEFAULT_MAX_TEXT_LENGTH) int maxTextLength) {
        this.mapper = forRequests(services, maxTextLength);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    static ObjectMapper forRequests(ObjectMapper services, int maxTextLength) {
        ObjectMapper mapper = services.copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Math.max(PARSER_MAX_STRING_LENGTH, maxTextLength)).build());
        // free-form numbers stay exact decimals (1e-999999 is not 0), written as sent, not as 2E+3
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.registerModule(CheckedValues.module(maxTextLength));
        return mapper;
    }
}
