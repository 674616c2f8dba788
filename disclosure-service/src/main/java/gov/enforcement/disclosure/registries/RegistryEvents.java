package gov.enforcement.disclosure.registries;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.disclosure.records.DisclosureEvents;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventType;
import gov.enforcement.platform.correlation.Correlation;

import java.util.UUID;

/** Envelopes of {@code enforcement.registry-events}: keyed by the entry id; caseversion is the entry's version. */
final class RegistryEvents {

    private RegistryEvents() {
    }

    static ObjectNode data(UUID entryId, String agency) {
        return CloudEventCodec.mapper().createObjectNode().put("entryId", entryId.toString()).put("agency", agency);
    }

    /** An event whose data is a typed record, written as the schema names its members (nulls included). */
    static CloudEvent event(EventType type, UUID entryId, String agency, long version, Record data) {
        return event(type, entryId, agency, version, (ObjectNode) CloudEventCodec.mapper().valueToTree(data));
    }

    static CloudEvent event(EventType type, UUID entryId, String agency, long version, ObjectNode data) {
        return CloudEvent.of(type, entryId.toString()).source(DisclosureEvents.SOURCE).agency(agency).caseVersion(version)
                .correlationId(Correlation.current()).data(data);
    }
}
