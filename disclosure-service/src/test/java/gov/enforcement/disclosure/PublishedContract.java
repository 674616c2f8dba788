package gov.enforcement.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks an event the service published against the envelope and data schemas of the events module. */
public final class PublishedContract {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private PublishedContract() {
    }

    public static void assertValid(String eventJson) {
        JsonNode event;
        try {
            event = CloudEventCodec.mapper().readTree(eventJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EventType type = EventTypes.find(event.path("type").asText()).orElseThrow(() -> new AssertionError("unregistered " + eventJson));
        check("schemas/cloudevent.schema.json", event);
        check(type.schemaResource(), event.get("data"));
    }

    private static void check(String schema, JsonNode node) {
        Set<ValidationMessage> errors = FACTORY.getSchema(SchemaLocation.of("classpath:" + schema), CONFIG).validate(node);
        assertTrue(errors.isEmpty(), schema + ": " + errors + " in " + node);
    }
}
