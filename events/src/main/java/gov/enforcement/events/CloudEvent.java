package gov.enforcement.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode, with this system's extensions
 * ({@code agency}, {@code caseversion}, {@code correlationid}, {@code causationid}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        @JsonProperty("specversion") String specVersion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        @JsonProperty("datacontenttype") String dataContentType,
        String agency,
        @JsonProperty("caseversion") Long caseVersion,
        @JsonProperty("correlationid") String correlationId,
        @JsonProperty("causationid") String causationId,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Media type of a structured-mode CloudEvent, used as the Kafka content-type header. */
    public static final String STRUCTURED_JSON = "application/cloudevents+json; charset=UTF-8";

    public CloudEvent {
        requireText(specVersion, "specversion");
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEnvelopeException("specversion", "must be " + SPEC_VERSION + ", was " + specVersion);
        }
        if (id == null) {
            throw new InvalidEnvelopeException("id", "is required");
        }
        requireText(source, "source");
        requireText(type, "type");
        if (caseVersion != null && caseVersion < 1) {
            throw new InvalidEnvelopeException("caseversion", "must be positive");
        }
    }

    /** Starts an event of the given type about a subject (a case id or a registry entry id). */
    public static Builder of(EventType type, String subject) {
        return new Builder(type, subject);
    }

    /** The event type as registered in {@link EventTypes}, or empty when this reader does not know it. */
    public java.util.Optional<EventType> knownType() {
        return EventTypes.find(type);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidEnvelopeException(field, "is required");
        }
    }

    /** Fills in the envelope fields that callers would otherwise repeat. */
    public static final class Builder {
        private final EventType type;
        private final String subject;
        private UUID id = UUID.randomUUID();
        private String source;
        private OffsetDateTime time = OffsetDateTime.now();
        private String agency;
        private Long caseVersion;
        private String correlationId;
        private String causationId;

        private Builder(EventType type, String subject) {
            this.type = Objects.requireNonNull(type, "type");
            this.subject = subject;
        }

        public Builder id(UUID id) { this.id = id; return this; }
        public Builder source(String source) { this.source = source; return this; }
        public Builder time(OffsetDateTime time) { this.time = time; return this; }
        public Builder agency(String agency) { this.agency = agency; return this; }
        public Builder caseVersion(long caseVersion) { this.caseVersion = caseVersion; return this; }
        public Builder correlationId(String correlationId) { this.correlationId = correlationId; return this; }
        public Builder causationId(String causationId) { this.causationId = causationId; return this; }

        public CloudEvent data(JsonNode data) {
            return new CloudEvent(SPEC_VERSION, id, source, type.typeName(), subject, time, JSON, agency,
                    caseVersion, correlationId, causationId, data);
        }
    }
}
