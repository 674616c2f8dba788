package gov.enforcement.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Test access to the contract files on the classpath: JSON, YAML and compiled JSON Schemas. */
final class Resources {

    static final String ENVELOPE_SCHEMA = "schemas/cloudevent.schema.json";
    static final String ASYNCAPI = "asyncapi.yaml";
    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // formats (uuid, date-time) are only annotations in 2020-12 unless asserted: the contract means them
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private Resources() {
    }

    static boolean exists(String resource) {
        return Resources.class.getClassLoader().getResource(resource) != null;
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String resource) {
        try {
            return CloudEventCodec.mapper().readTree(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static JsonNode yaml(String resource) {
        try {
            return YAML.readTree(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Validation messages of a node against a schema: a schema resource path, or a URL such as the meta-schema. */
    static Set<ValidationMessage> validate(String schema, JsonNode node) {
        String location = schema.startsWith("https:") ? schema : "classpath:" + schema;
        return SCHEMAS.computeIfAbsent(schema, s -> FACTORY.getSchema(SchemaLocation.of(location), CONFIG))
                .validate(node);
    }
}
