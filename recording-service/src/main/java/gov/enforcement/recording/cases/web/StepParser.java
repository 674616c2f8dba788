package gov.enforcement.recording.cases.web;

import gov.enforcement.recording.cases.domain.CaseEvent;
import gov.enforcement.recording.cases.domain.CaseEventTypes;
import gov.enforcement.recording.cases.domain.Procedures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.ProblemMappers;
import gov.enforcement.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Reads a step's {@code type} and {@code data} into its event, strictly: unknown fields are errors. */
@ApplicationScoped
public class StepParser {

    private final ObjectMapper json;

    public StepParser(ObjectMapper json) {
        this.json = json;
    }

    public CaseEvent parse(AppendStepRequest request) {
        if (request == null) {
            throw Problems.invalidField("body", "is required");
        }
        if (request.type() == null || request.type().isBlank()) {
            throw Problems.invalidField("type", "is required; one of " + Procedures.OFFICER_STEPS);
        }
        Class<? extends CaseEvent> type = CaseEventTypes.find(request.type())
                .orElseThrow(() -> Problems.invalidField("type", "unknown step " + request.type()
                        + "; one of " + Procedures.OFFICER_STEPS));
        if (type == CaseEvent.AudioVisualRecorded.class) {
            throw Problems.ruleViolated("R-AV", "type", "an audio-visual record is made only by uploading its content"
                    + " (POST /api/v1/cases/{id}/evidence), which the server hashes; it is not appended as a step");
        }
        if (request.data() == null || !request.data().isObject()) {
            throw Problems.invalidField("data", "must be an object");
        }
        if (Procedures.OFFICER_STEPS.contains(CaseEventTypes.typeOf(type).name())) { // the others are refused by the decider
            StepSchemas.requireValid(type, (ObjectNode) request.data());
        }
        CaseEvent event;
        byte[] encoded;
        try {
            event = withServerIds(json.treeToValue(request.data(), type));
            encoded = json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw ProblemMappers.fromJson(e, "data");
        }
        // refused here, alone: in the outbox it would fail every step written with it in one transaction
        if (encoded.length > Outbox.MAX_STEP_DATA_BYTES) {
            throw Problems.eventTooLarge("the step's data is " + encoded.length + " bytes; at most "
                    + Outbox.MAX_STEP_DATA_BYTES + " can be published");
        }
        return event;
    }

    /** The metadata of an upload the server hashed: checked like any step, then read into its event. */
    public CaseEvent parseUpload(ObjectNode metadata) {
        StepSchemas.requireValid(CaseEvent.AudioVisualRecorded.class, metadata);
        try {
            return json.treeToValue(metadata, CaseEvent.AudioVisualRecorded.class);
        } catch (JsonProcessingException e) {
            throw ProblemMappers.fromJson(e, "data");
        }
    }

    /** Evidence gets its id in the case file from the server when the officer gives none, as an upload does. */
    private static CaseEvent withServerIds(CaseEvent event) {
        if (event instanceof CaseEvent.EvidenceRecorded e && e.evidenceId() == null) {
            return new CaseEvent.EvidenceRecorded(UUID.randomUUID(), e.kind(), e.description(), e.certificates(),
                    e.collectedAt(), e.sha256());
        }
        return event;
    }

    /** Identifies a request for Idempotency-Key reuse checks. */
    public String hash(UUID caseId, AppendStepRequest request, Long expectedVersion) {
        return sha256(caseId + "|" + request.type() + "|" + request.data() + "|" + expectedVersion);
    }

    /** Identifies any other request body (a registration, an import) the same way. */
    public String hash(Object body) {
        try {
            return sha256(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
