package gov.enforcement.review.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;
import gov.enforcement.events.Topics;
import gov.enforcement.testing.KafkaTestConsumer;
import gov.enforcement.testing.TestEvents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** One case's events as recording-service would publish them, and what legal review published about it. */
public final class CaseStream {

    static final Duration WAIT = Duration.ofSeconds(60);

    public final UUID caseId;
    public final String agency;
    private long version;

    public CaseStream(String agency) {
        this(agency, UUID.randomUUID());
    }

    public CaseStream(String agency, UUID caseId) {
        this.agency = agency;
        this.caseId = caseId;
    }

    /** CaseRegistered by {@code registeredBy}, with the officers' certificates. */
    public CaseStream registered(String category, String registeredBy, String... certificates) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("caseId", caseId.toString())
                .put("caseNumber", "测〔2026〕" + (caseId.hashCode() & 0xffff) + "号").put("agency", agency)
                .put("category", category).put("matter", "未依法支付劳动报酬")
                .put("registeredAt", OffsetDateTime.now().toString()).put("registeredBy", registeredBy);
        ArrayNode officers = data.putArray("officers");
        for (String certificate : certificates) {
            officers.addObject().put("name", "执法人员").put("certificate", certificate);
        }
        send(EventTypes.CASE_REGISTERED, data);
        return this;
    }

    public CaseStream investigated(String... certificates) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("kind", "INQUIRY");
        ArrayNode certs = data.putArray("certificates");
        for (String certificate : certificates) {
            certs.add(certificate);
        }
        send(EventTypes.INVESTIGATION_RECORDED, data);
        return this;
    }

    /** A DecisionDrafted naming no drafter, as recorded before drafts named one; returns its draftHash. */
    public String drafted(int revision, String fine, String reasons, String... flags) {
        return draftedBy(null, revision, fine, reasons, flags);
    }

    /** A DecisionDrafted by the officer with that token subject; returns its draftHash. */
    public String draftedBy(String drafter, int revision, String fine, String reasons, String... flags) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("revision", revision).put("decisionType", "行政处罚决定")
                .put("facts", "拖欠32名农民工工资").put("legalBasis", "《保障农民工工资支付条例》第五十四条")
                .put("discretionBenchmark", "第54-2项").put("discretionReasons", reasons);
        if (fine == null) {
            data.putNull("fineAmount");
        } else {
            data.put("fineAmount", new BigDecimal(fine));
        }
        data.putNull("confiscationAmount").put("licenceRevoked", false).put("businessClosed", false);
        ArrayNode declared = data.putArray("declaredFlags");
        for (String flag : flags) {
            declared.add(flag);
        }
        data.put("afterHearing", false);
        String hash = sha256(data.toString());
        data.put("draftHash", hash);
        if (drafter != null) {
            data.put("draftedBy", drafter);
        }
        send(EventTypes.DECISION_DRAFTED, data);
        return hash;
    }

    /** Waits for {@code count} review events of that type about this case, and gives their data. */
    public List<JsonNode> reviewEvents(EventType type, int count) {
        return KafkaTestConsumer.awaitRecords(Topics.REVIEW_EVENTS, r -> caseId.toString().equals(r.key())
                        && type.typeName().equals(CloudEventCodec.fromBytes(r.value()).type()), count, WAIT)
                .stream().map(r -> Contract.checked(r.value()).data()).toList();
    }

    /** Every review event of that type about this case that arrives within the wait. */
    public List<JsonNode> reviewEventsWithin(EventType type, Duration wait) {
        return KafkaTestConsumer.recordsWithin(Topics.REVIEW_EVENTS, r -> caseId.toString().equals(r.key())
                        && type.typeName().equals(CloudEventCodec.fromBytes(r.value()).type()), wait)
                .stream().map(r -> Contract.checked(r.value()).data()).toList();
    }

    /** Waits for the review event of that type about this draft, and gives its data. */
    public JsonNode reviewEvent(EventType type, String draftHash) {
        return KafkaTestConsumer.awaitRecords(Topics.REVIEW_EVENTS, r -> {
                    if (!caseId.toString().equals(r.key())) {
                        return false;
                    }
                    CloudEvent event = CloudEventCodec.fromBytes(r.value());
                    return type.typeName().equals(event.type()) && draftHash.equals(event.data().path("draftHash").asText());
                }, 1, WAIT).stream().map(r -> Contract.checked(r.value()).data())
                .reduce((first, last) -> last).orElseThrow();
    }

    private void send(EventType type, ObjectNode data) {
        TestEvents.send(Topics.CASE_EVENTS, CloudEvent.of(type, caseId.toString()).source("/recording-service")
                .agency(agency).caseVersion(++version).correlationId("test-" + caseId).data(data));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
