package gov.enforcement.recording.cases.web;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of {@code POST /cases/{id}/events}: a step type and its data (see the step types in the API). */
public record AppendStepRequest(String type, JsonNode data, Long expectedVersion) {
}
