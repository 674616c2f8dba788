package gov.enforcement.recording.cases;

import gov.enforcement.recording.cases.domain.CaseEventTypes;
import gov.enforcement.recording.cases.domain.ProcedureTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.KafkaTestConsumer;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.ReceivedRecord;
import gov.enforcement.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.DECIDER;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.eventsOf;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.rights;
import static gov.enforcement.recording.cases.FactsConsumerTest.awaitVersion;
import static gov.enforcement.recording.cases.FactsConsumerTest.data;
import static gov.enforcement.recording.cases.FactsConsumerTest.fact;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published contract: every event type recording publishes on enforcement.case-events, as the service
 * completes it (server-side hashes, ids, revisions, dates), passes the envelope schema and its data schema.
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class PublishedEventsContractTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final String AT = "2026-09-21T10:00:00+08:00";

    @Test
    @DisplayName("R-TEXT, R-AV, R-ARCHIVE: every case event type recording publishes validates against its JSON Schema")
    void everyPublishedTypeMatchesItsSchema() {
        String whole = wholeCase();
        String transferred = newCase();
        append(INVESTIGATOR, transferred, "InvestigationRecorded", investigation()).then().statusCode(201);
        append(INVESTIGATOR, transferred, "CaseTransferred", Map.of("transferredTo", "石家庄市公安局长安分局",
                "reason", "涉嫌拒不支付劳动报酬罪", "transferredAt", AT)).then().statusCode(201);

        Set<String> published = new TreeSet<>();
        List<String> procedures = List.of(ProcedureStepsResourceTest.simplifiedCase(), ProcedureStepsResourceTest.noPenaltyCase(),
                ProcedureStepsResourceTest.executionCase(), ProcedureStepsResourceTest.coercionCase(),
                ProcedureStepsResourceTest.licensingCase(), ProcedureStepsResourceTest.inspectionCase());
        List<String> cases = new java.util.ArrayList<>(List.of(whole, transferred));
        cases.addAll(procedures);
        for (String caseId : cases) {
            List<ReceivedRecord> records = KafkaTestConsumer.awaitRecords(Topics.CASE_EVENTS,
                    r -> caseId.equals(r.key()), (int) eventsOf(caseId), Duration.ofSeconds(30));
            for (ReceivedRecord record : records) {
                published.add(assertValid(record.value()));
            }
        }
        Set<String> every = ProcedureTable.allEventTypes().stream()
                .map(type -> CaseEventTypes.typeOf(type).typeName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(every, published, "the cases above publish every case event type");
    }

    /** A penalty case through every step, fact and correction there is; answers its id. */
    private static String wholeCase() {
        String caseId = newCase();
        step(caseId, "OfficersAssigned", Map.of("officers", List.of(Map.of("name", "赵六", "certificate", "HB-0004"))));
        step(caseId, "CredentialsShown", Map.of("certificates", List.of("HB-0001", "HB-0002"), "shownTo", "张三",
                "shownAt", AT, "place", "石家庄市长安区"));
        step(caseId, "InvestigationRecorded", investigation());
        step(caseId, "EvidenceRecorded", Map.of("kind", "DOCUMENTARY", "description", "工资发放记录复印件",
                "certificates", List.of("HB-0001", "HB-0002"), "collectedAt", AT));
        EvidenceUploadTest.upload(caseId, EvidenceUploadTest.mp4("询问录像 " + caseId), "video/mp4", null)
                .then().statusCode(201);
        step(caseId, "InterferenceRecorded", Map.of("person", "某来电人", "description", "打听案情", "occurredAt", AT));
        step(caseId, "RightsNotified", rights());
        step(caseId, "HearingRequested", Map.of("requestedBy", "张三", "requestedAt", AT));
        step(caseId, "HearingHeld", Map.of("heldAt", AT, "host", "HB-0005", "participants", List.of("张三", "李四"),
                "summary", "当事人陈述申辩"));
        AudioVisualRecordsTest.photoFor(caseId, "HearingHeld").then().statusCode(201);
        step(caseId, "DecisionDrafted", CaseStepsResourceTest.draft(200_000));
        String hash = given().auth().oauth2(INVESTIGATOR).get("/api/v1/cases/" + caseId).then().extract().path("draft.hash");
        long before = eventsOf(caseId);
        String reviewId = UUID.randomUUID().toString();
        ObjectNode classified = data().put("draftHash", hash).put("major", true).put("catalogueVersion", "2026.1");
        classified.putArray("criteria").add("FINE_ABOVE_THRESHOLD");
        ObjectNode opinion = data().put("reviewId", reviewId).put("draftHash", hash).put("outcome", "APPROVE")
                .put("reviewer", "reviewer-1").putNull("problems").putNull("signature");
        var items = opinion.putArray("items");
        for (String item : List.of("COMPETENCE", "PROCEDURE", "FACTS_AND_EVIDENCE", "LAW_AND_DISCRETION", "NO_ULTRA_VIRES",
                "DOCUMENTS", "CRIMINAL_TRANSFER")) {
            items.addObject().put("item", item).put("passed", true).put("comment", "无异议");
        }
        ObjectNode coordination = data().put("reviewId", reviewId).put("draftHash", hash).put("outcome", "REVIEW_UPHELD");
        ObjectNode discussion = data().put("draftHash", hash).put("heldOn", "2026-09-28").put("outcome", "APPROVED");
        discussion.putArray("participants").add("局长").add("副局长");
        review(caseId, "DecisionClassified", classified);
        review(caseId, "ReviewOpinionGiven", opinion);
        review(caseId, "CoordinationResolved", coordination);
        review(caseId, "CollectiveDiscussionHeld", discussion);
        awaitVersion(caseId, before + 4);
        append(DECIDER, caseId, "DecisionIssued", Map.of("documentNumber", "石人社监罚〔2026〕11号")).then().statusCode(201);
        step(caseId, "DocumentServed", Map.of("document", "行政处罚决定书", "method", "DIRECT", "servedTo", "张三",
                "servedAt", AT));
        step(caseId, "DecisionExecuted", Map.of("how", "当事人自动履行", "amountPaid", 200_000, "executedAt", AT));
        String disclosureId = UUID.randomUUID().toString();
        before = eventsOf(caseId);
        disclosure(caseId, "DisclosurePublished", data().put("disclosureId", disclosureId).put("disclosureVersion", 1).put("at", AT));
        disclosure(caseId, "DisclosureCorrected", data().put("disclosureId", disclosureId).put("disclosureVersion", 2)
                .put("reason", "更正当事人名称").put("at", AT));
        disclosure(caseId, "DisclosureWithdrawn", data().put("disclosureId", disclosureId).put("reason", "决定被撤销")
                .put("at", AT));
        awaitVersion(caseId, before + 3);
        for (String after : List.of("DecisionRevoked", "DecisionConfirmedIllegal", "DecisionOrderedRemade")) {
            step(caseId, after, Map.of("reason", "复议决定", "authority", "石家庄市人民政府", "effectiveOn", "2026-11-02"));
        }
        step(caseId, "CaseClosed", Map.of("summary", "结案", "closedAt", AT));
        step(caseId, "CaseArchived", Map.of("retentionClass", "LONG", "retentionYears", 30));
        return caseId;
    }

    private static void step(String caseId, String type, Map<String, Object> data) {
        append(INVESTIGATOR, caseId, type, data).then().statusCode(201);
    }

    private static void review(String caseId, String name, ObjectNode data) {
        TestEvents.send(Topics.REVIEW_EVENTS, fact("review", Topics.REVIEW_EVENTS, name, caseId, data));
    }

    private static void disclosure(String caseId, String name, ObjectNode data) {
        TestEvents.send(Topics.DISCLOSURE_EVENTS, fact("disclosure", Topics.DISCLOSURE_EVENTS, name, caseId, data));
    }

    /** Fails when the published bytes break the envelope or the data schema; answers the event's type. */
    private static String assertValid(byte[] value) {
        CloudEvent event = CloudEventCodec.fromBytes(value);
        JsonNode envelope;
        try {
            envelope = CloudEventCodec.mapper().readTree(value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        check("schemas/cloudevent.schema.json", envelope);
        check(event.knownType().orElseThrow(() -> new AssertionError("unregistered " + event.type())).schemaResource(),
                envelope.get("data"));
        return event.type();
    }

    private static void check(String schema, JsonNode node) {
        Set<ValidationMessage> errors = FACTORY.getSchema(SchemaLocation.of("classpath:" + schema), CONFIG).validate(node);
        assertTrue(errors.isEmpty(), schema + " refuses what recording published: " + errors + " in " + node);
    }
}
