package gov.enforcement.recording.cases.web;

import gov.enforcement.recording.cases.domain.CaseDecider;
import gov.enforcement.recording.cases.domain.CaseEvent;
import gov.enforcement.recording.cases.domain.CaseEventTypes;
import gov.enforcement.recording.cases.domain.CoercionEvent;
import gov.enforcement.recording.cases.domain.DefenceEvent;
import gov.enforcement.recording.cases.domain.ExecutionEvent;
import gov.enforcement.recording.cases.domain.InspectionEvent;
import gov.enforcement.recording.cases.domain.LicensingEvent;
import gov.enforcement.recording.cases.domain.OutcomeEvent;
import gov.enforcement.recording.cases.domain.StepRules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gov.enforcement.platform.problem.Problem.FieldError;
import gov.enforcement.platform.problem.ProblemException;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A step's data checked against the JSON Schema its event is published under (events module), before anything
 * is decided or appended: what the schema refuses, no consumer would accept. Absent members are checked as
 * the event will carry them (null, or false for a flag), so a required field left out is named as required.
 */
public final class StepSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // formats (date-time, uuid) are only annotations in 2020-12 unless asserted: the contract means them
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<Class<? extends CaseEvent>, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    /** Members the server completes when a request leaves them out (StepRules, CaseDecider, StepParser). */
    private static final Map<Class<? extends CaseEvent>, Set<String>> COMPLETED_BY_SERVER = Map.of(
            CaseEvent.DecisionDrafted.class, Set.of("revision", "draftHash", "declaredFlags"),
            CaseEvent.DecisionIssued.class, Set.of("draftHash", "decidedOn"),
            CaseEvent.EvidenceRecorded.class, Set.of("evidenceId"),
            ExecutionEvent.LatePaymentSurchargeAssessed.class, Set.of("amount", "assessedOn"),
            LicensingEvent.ApplicationHandled.class, Set.of("decideBy"));

    /** The rule a step's record serves; R-TEXT (a complete text record of every step) when none is closer. */
    private static final Map<Class<? extends CaseEvent>, String> RULES = Map.of(
            CaseEvent.RightsNotified.class, "D-MID-RIGHTS",
            CaseEvent.CredentialsShown.class, "D-MID-CREDENTIALS",
            CaseEvent.AudioVisualRecorded.class, "R-AV",
            CaseEvent.CaseArchived.class, "R-ARCHIVE",
            CaseEvent.InterferenceRecorded.class, "X-INTERFERE");

    /** Steps done by at least two officers, who name their certificates in them (X-TWO). */
    private static final Set<Class<? extends CaseEvent>> TWO_OFFICERS = Set.of(CaseEvent.InvestigationRecorded.class,
            CaseEvent.EvidenceRecorded.class, OutcomeEvent.OnTheSpotDecisionMade.class, CoercionEvent.PropertySealed.class);

    private StepSchemas() {
    }

    /** The data members a request may leave out because the server completes them (the OpenAPI says so too). */
    static Set<String> completedByServer(String typeName) {
        return COMPLETED_BY_SERVER.getOrDefault(CaseEventTypes.classOf(typeName), Set.of());
    }

    /** Refuses (422, naming every bad field) data that the step type's published schema does not accept. */
    public static void requireValid(Class<? extends CaseEvent> type, ObjectNode data) {
        List<FieldError> errors = problems(type, data);
        if (errors.isEmpty()) {
            return;
        }
        String rule = ruleOf(type, errors.get(0).field());
        String detail = "the data of " + CaseEventTypes.typeOf(type).typeName() + " does not match its schema: "
                + errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElseThrow();
        throw new ProblemException(422, "rule-violation", "Rule " + rule + " refuses this", detail, rule, errors);
    }

    /** Every field the schema refuses, one message each, in the order of the event's members. */
    static List<FieldError> problems(Class<? extends CaseEvent> type, ObjectNode data) {
        Set<String> completed = COMPLETED_BY_SERVER.getOrDefault(type, Set.of());
        ObjectNode asPublished = data.deepCopy();
        List<String> absent = new ArrayList<>();
        for (RecordComponent member : type.getRecordComponents()) {
            String name = member.getName();
            if (!data.has(name) && !completed.contains(name)) {
                absent.add(name);
                if (member.getType() == boolean.class) {
                    asPublished.put(name, false);
                } else {
                    asPublished.putNull(name);
                }
            }
        }
        Map<String, String> byField = new LinkedHashMap<>();
        for (ValidationMessage message : schema(type).validate(asPublished)) {
            String field = fieldOf(message);
            if (completed.contains(field) && !data.has(field)) {
                continue;
            }
            byField.putIfAbsent(field, absent.contains(field) ? "is required" : String.valueOf(message.getError()));
        }
        List<String> order = new ArrayList<>();
        for (RecordComponent member : type.getRecordComponents()) {
            order.add(member.getName());
        }
        return byField.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> position(order, e.getKey())))
                .map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }

    /** The schema of a step type, read once from the events module. */
    static JsonSchema schema(Class<? extends CaseEvent> type) {
        return SCHEMAS.computeIfAbsent(type, t -> FACTORY.getSchema(
                SchemaLocation.of("classpath:" + CaseEventTypes.typeOf(t).schemaResource()), CONFIG));
    }

    static String ruleOf(Class<? extends CaseEvent> type, String field) {
        if (field.startsWith("penaltyKinds")) {
            return "P-MASTER"; // the kinds of Penalty Law art 9 are master data: an unknown code is no kind at all
        }
        if (field.startsWith("approval")) {
            return "P-APPROVE"; // the head's identity and signature are what the step is refused without
        }
        if (field.startsWith("certificates") && TWO_OFFICERS.contains(type)) {
            return "X-TWO";
        }
        return RULES.getOrDefault(type, procedureRuleOf(type));
    }

    /** The §7 rule of a procedure's own step; R-TEXT for the general steps. */
    private static String procedureRuleOf(Class<? extends CaseEvent> type) {
        if (type == OutcomeEvent.OnTheSpotDecisionMade.class || type == OutcomeEvent.OnTheSpotDecisionFiled.class) {
            return "P-SIMPLE";
        }
        if (type == OutcomeEvent.DecisionChanged.class) {
            return "P-REDECIDE";
        }
        if (type == DefenceEvent.HearingNotified.class || type == DefenceEvent.HearingWaived.class) {
            return "P-HEARING";
        }
        if (type == DefenceEvent.TimeLimitExtended.class) {
            return "P-TIME";
        }
        if (DefenceEvent.class.isAssignableFrom(type)) {
            return "P-DEFENCE";
        }
        if (OutcomeEvent.class.isAssignableFrom(type)) {
            return "P-OUTCOME";
        }
        if (ExecutionEvent.class.isAssignableFrom(type)) {
            return "P-EXECUTE";
        }
        if (LicensingEvent.class.isAssignableFrom(type)) {
            return "P-LICENSE";
        }
        if (CoercionEvent.class.isAssignableFrom(type)) {
            return "P-COERCE";
        }
        return InspectionEvent.class.isAssignableFrom(type) ? "P-INSPECT" : "R-TEXT";
    }

    /** {@code rights[0]}, {@code notifiedAt}; a missing or unknown member is named by its own name. */
    private static String fieldOf(ValidationMessage message) {
        StringBuilder field = new StringBuilder();
        JsonNodePath at = message.getInstanceLocation();
        for (int i = 0; i < at.getNameCount(); i++) {
            Object element = at.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        boolean namesMember = "required".equals(message.getType()) || "additionalProperties".equals(message.getType());
        if (namesMember && message.getProperty() != null) {
            field.append(field.isEmpty() ? "" : ".").append(message.getProperty());
        }
        return field.isEmpty() ? "data" : field.toString();
    }

    private static int position(List<String> order, String field) {
        int bracket = field.indexOf('['), dot = field.indexOf('.');
        int end = bracket < 0 ? dot : dot < 0 ? bracket : Math.min(bracket, dot);
        int at = order.indexOf(end < 0 ? field : field.substring(0, end));
        return at < 0 ? order.size() : at;
    }
}
