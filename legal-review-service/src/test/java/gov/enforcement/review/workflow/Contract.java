package gov.enforcement.review.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What legal review publishes must pass the published contract: the envelope schema and the type's data schema. */
final class Contract {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private Contract() {
    }

    /** Fails the test when the published bytes break the contract; returns the event. */
    static CloudEvent checked(byte[] value) {
        CloudEvent event = CloudEventCodec.fromBytes(value);
        try {
            JsonNode envelope = CloudEventCodec.mapper().readTree(value);
            assertValid("schemas/cloudevent.schema.json", envelope);
            assertValid(event.knownType().orElseThrow(() -> new AssertionError("unregistered type " + event.type()))
                    .schemaResource(), envelope.get("data"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return event;
    }

    private static void assertValid(String schema, JsonNode node) {
        Set<ValidationMessage> errors = SCHEMAS.computeIfAbsent(schema,
                s -> FACTORY.getSchema(SchemaLocation.of("classpath:" + s), CONFIG)).validate(node);
        if (!errors.isEmpty()) {
            throw new AssertionError(schema + " refuses what legal review published: " + errors + " in " + node);
        }
    }
}
