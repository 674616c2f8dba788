package gov.enforcement.recording.cases.messaging;

import gov.enforcement.recording.cases.domain.CaseEventTypes;
import gov.enforcement.recording.cases.domain.RecordedEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.platform.correlation.Correlation;
import jakarta.enterprise.context.ApplicationScoped;

/** Wraps a recorded case event in the published CloudEvents envelope. */
@ApplicationScoped
public class CaseCloudEvents {

    public static final String SOURCE = "/recording-service";

    private final ObjectMapper json;

    public CaseCloudEvents(ObjectMapper json) {
        this.json = json;
    }

    public CloudEvent toCloudEvent(RecordedEvent recorded, String agency) {
        return CloudEvent.of(CaseEventTypes.of(recorded.event()), recorded.caseId().toString())
                .id(recorded.eventId())
                .source(SOURCE)
                .time(recorded.recordedAt())
                .agency(agency)
                .caseVersion(recorded.version())
                .correlationId(Correlation.current())
                .data(json.valueToTree(recorded.event()));
    }
}
