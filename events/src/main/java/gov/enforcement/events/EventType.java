package gov.enforcement.events;

/**
 * One published event type: its short name ({@code CaseRegistered}), the topic it travels on and
 * its schema version. The full CloudEvents type is {@code gov.enforcement.<family>.<name>.v<version>}.
 */
public record EventType(String family, String name, int version, String topic) {

    private static final String PREFIX = "gov.enforcement.";

    public String typeName() {
        return PREFIX + family + "." + name + ".v" + version;
    }

    /** Where this type's JSON Schema lives on the classpath of the events module. */
    public String schemaResource() {
        return "schemas/" + typeName() + ".schema.json";
    }

    /** Where this type's sample event lives on the classpath of the events module. */
    public String sampleResource() {
        return "samples/" + typeName() + ".json";
    }
}
