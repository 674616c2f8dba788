package gov.enforcement.disclosure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One case told as recording-service would publish it on enforcement.case-events. */
public final class CaseStory {

    public static final String PERSON = "张建国";
    public static final String PERSON_ID = "130102198001010010";
    public static final String PHONE = "13812345678";
    public static final String ORG = "石家庄恒信建筑劳务有限公司";
    public static final String ORG_CODE = "91130102MA0DQ7XK5H";
    public static final String HASH = "65d5b23f9919324273535a79fe56bbcba1edf63f2fe6ea83cea80998220e6d9b";

    public final UUID caseId = UUID.randomUUID();
    public final String agency;
    private long version;
    public UUID issuedEventId;
    /** The hash of the draft the next DecisionIssued names. */
    public String draftHash = HASH;

    public CaseStory(String agency) {
        this.agency = agency;
    }

    public CaseStory registered(String category, String matter) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("caseId", caseId.toString())
                .put("caseNumber", "测〔2026〕" + Math.abs(caseId.hashCode() % 10000) + "号").put("agency", agency)
                .put("unit", "劳动保障监察监督局").put("category", category).put("matter", matter)
                .put("registeredAt", OffsetDateTime.now().toString()).put("registeredBy", "officer-1");
        data.putArray("parties")
                .add(JsonNodeFactory.instance.objectNode().put("kind", "ORGANISATION").put("name", ORG).put("creditCode", ORG_CODE))
                .add(JsonNodeFactory.instance.objectNode().put("kind", "PERSON").put("name", PERSON).put("idNumber", PERSON_ID));
        data.putArray("officers");
        return send(EventTypes.CASE_REGISTERED, data);
    }

    /** A penalty draft as recorded before outcomes were named: no {@code outcome}, so a penalty. */
    public CaseStory drafted() {
        return send(EventTypes.DECISION_DRAFTED, draftData());
    }

    /** P-OUTCOME: a draft deciding not to impose a penalty. */
    public CaseStory draftedNoPenalty(String ground) {
        return send(EventTypes.DECISION_DRAFTED, draftData().put("decisionType", "不予行政处罚决定").putNull("fineAmount")
                .put("outcome", "NO_PENALTY").put("noPenaltyGround", ground));
    }

    /** P-REDECIDE: a later draft of the same case, with its own hash, which the next DecisionIssued names. */
    public CaseStory redrafted(String hash, int fine) {
        draftHash = hash;
        return send(EventTypes.DECISION_DRAFTED, draftData().put("revision", 2).put("fineAmount", fine).put("draftHash", hash)
                .put("outcome", "PENALTY").putNull("noPenaltyGround"));
    }

    /** Any step of the case, as recording-service publishes it; answers the event sent. */
    public CloudEvent step(EventType type, ObjectNode data) {
        CloudEvent event = event(type, data);
        TestEvents.send(Topics.CASE_EVENTS, event);
        return event;
    }

    private ObjectNode draftData() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("revision", 1).put("decisionType", "行政处罚决定")
                .put("facts", "经查，" + ORG + "拖欠" + PERSON + "（身份证号" + PERSON_ID + "，电话" + PHONE + "）等12名劳动者工资共计86400元。")
                .put("legalBasis", "《劳动保障监察条例》第二十六条").put("discretionBenchmark", "一般").put("discretionReasons", "首次")
                .put("fineAmount", 20000).putNull("confiscationAmount").put("licenceRevoked", false)
                .put("businessClosed", false).put("afterHearing", false).put("draftHash", HASH);
        data.putArray("declaredFlags");
        return data;
    }

    public CaseStory issued(LocalDate decidedOn) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("documentNumber", "石人社监罚决〔2026〕" + version + "号")
                .put("draftHash", draftHash).put("decidedOn", decidedOn.toString());
        CloudEvent event = event(EventTypes.DECISION_ISSUED, data);
        issuedEventId = event.id();
        TestEvents.send(Topics.CASE_EVENTS, event);
        return this;
    }

    public CaseStory undone(EventType type, String reason) {
        return send(type, JsonNodeFactory.instance.objectNode().put("reason", reason)
                .put("authority", "石家庄市长安区人民法院").put("effectiveOn", LocalDate.now().toString()));
    }

    /** The whole story to an issued decision, and waits until disclosure has the obligation. */
    public String issuedAndRecorded(String category, String matter, LocalDate decidedOn) {
        registered(category, matter).drafted().issued(decidedOn);
        TestDatabase.awaitCount("select count(*) from disclosures where case_id = '" + caseId + "'", 1, Duration.ofSeconds(30));
        return disclosureId();
    }

    public String disclosureId() {
        try (var db = TestDatabase.connect(); var sql = db.createStatement();
             var rows = sql.executeQuery("select disclosure_id from disclosures where case_id = '" + caseId + "'")) {
            rows.next();
            return rows.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private CaseStory send(EventType type, ObjectNode data) {
        TestEvents.send(Topics.CASE_EVENTS, event(type, data));
        return this;
    }

    private CloudEvent event(EventType type, ObjectNode data) {
        version++;
        return CloudEvent.of(type, caseId.toString()).source("/recording-service").agency(agency).caseVersion(version)
                .correlationId("test-" + caseId).data(data);
    }
}
