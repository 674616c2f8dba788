package gov.enforcement.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.events.EventTypes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Events as other services would publish them, sent to the real broker of the test. */
public final class TestEvents {

    private TestEvents() {
    }

    public static CloudEvent caseRegistered(UUID caseId, String agency) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("caseId", caseId.toString()).put("caseNumber", "测〔2026〕1号")
                .put("agency", agency).put("category", "PENALTY").put("matter", "未依法支付劳动报酬")
                .put("registeredAt", OffsetDateTime.now().toString()).put("registeredBy", "officer-1");
        return CloudEvent.of(EventTypes.CASE_REGISTERED, caseId.toString()).source("/recording-service")
                .agency(agency).caseVersion(1).correlationId("test-" + caseId).data(data);
    }

    /** Sends as the outbox relay does: structured mode, with the content-type and correlation headers. */
    public static void send(String topic, CloudEvent event) {
        send(topic, event, Map.of());
    }

    /** As {@link #send(String, CloudEvent)}, with more headers (a {@code traceparent}, say). */
    public static void send(String topic, CloudEvent event, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.subject(), CloudEventCodec.toBytes(event));
        headers.forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        record.headers().add(new RecordHeader("content-type", CloudEvent.STRUCTURED_JSON.getBytes(StandardCharsets.UTF_8)));
        if (event.correlationId() != null) {
            record.headers().add(new RecordHeader("correlationid", event.correlationId().getBytes(StandardCharsets.UTF_8)));
        }
        send(record);
    }

    public static void send(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private static void send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServersResource.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }
}
