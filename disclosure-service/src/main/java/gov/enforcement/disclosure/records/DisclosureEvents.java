package gov.enforcement.disclosure.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.correlation.Correlation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The events of {@code enforcement.disclosure-events}; every one of them public, so built only from redacted data. */
public final class DisclosureEvents {

    public static final String SOURCE = "/disclosure-service";
    private static final ObjectMapper JSON = CloudEventCodec.mapper();

    private DisclosureEvents() {
    }

    /** Where an event comes from: the case, its agency, the case version and the event that caused it. */
    public record Origin(UUID caseId, String agency, long caseVersion, String causationId) {
    }

    public static CloudEvent published(Origin o, UUID disclosureId, int version, OffsetDateTime at, PublicRecord record) {
        ObjectNode data = base(o, disclosureId).put("disclosureVersion", version).put("at", at.toString());
        data.set("record", JSON.valueToTree(record));
        return envelope(EventTypes.DISCLOSURE_RECORD_PUBLISHED, o, data);
    }

    public static CloudEvent corrected(Origin o, UUID disclosureId, int version, String reason, OffsetDateTime at,
                                       PublicRecord record) {
        ObjectNode data = base(o, disclosureId).put("disclosureVersion", version).put("reason", reason)
                .put("at", at.toString());
        data.set("record", JSON.valueToTree(record));
        return envelope(EventTypes.DISCLOSURE_RECORD_CORRECTED, o, data);
    }

    public static CloudEvent withdrawn(Origin o, UUID disclosureId, String reason, String cause, OffsetDateTime at,
                                       LocalDate dueOn, boolean onTime, String calendarVersion) {
        ObjectNode data = base(o, disclosureId).put("reason", reason).put("cause", cause).put("at", at.toString())
                .put("dueOn", dueOn.toString()).put("onTime", onTime).put("calendarVersion", calendarVersion);
        return envelope(EventTypes.DISCLOSURE_RECORD_WITHDRAWN, o, data);
    }

    public static CloudEvent overdue(Origin o, UUID disclosureId, String rule, LocalDate decidedOn, LocalDate dueOn,
                                     String calendarVersion, OffsetDateTime at) {
        ObjectNode data = base(o, disclosureId).put("rule", rule).put("decidedOn", decidedOn.toString())
                .put("dueOn", dueOn.toString()).put("calendarVersion", calendarVersion).put("agency", o.agency())
                .put("at", at.toString());
        return envelope(EventTypes.DISCLOSURE_OVERDUE, o, data);
    }

    private static ObjectNode base(Origin o, UUID disclosureId) {
        return JSON.createObjectNode().put("caseId", o.caseId().toString()).put("disclosureId", disclosureId.toString());
    }

    private static CloudEvent envelope(EventType type, Origin o, ObjectNode data) {
        CloudEvent.Builder builder = CloudEvent.of(type, o.caseId().toString()).source(SOURCE).agency(o.agency())
                .caseVersion(o.caseVersion()).correlationId(correlation(o));
        if (o.causationId() != null) {
            builder.causationId(o.causationId());
        }
        return builder.data(data);
    }

    private static String correlation(Origin o) {
        String current = Correlation.current();
        return current != null ? current : "disclosure-" + o.caseId();
    }
}
