package gov.enforcement.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What we write, the CloudEvents Java SDK reads, and the other way round: the envelope is the standard one. */
class CloudEventCompatibilityTest {

    /** Resolved the way a consumer does it: from the Kafka content-type header, by the SDK's service loader. */
    private static EventFormat sdkFormat() {
        EventFormat format = EventFormatProvider.getInstance().resolveFormat(CloudEvent.STRUCTURED_JSON);
        assertNotNull(format, "the SDK knows " + CloudEvent.STRUCTURED_JSON);
        return format;
    }

    static List<EventType> types() {
        return EventTypes.ALL;
    }

    private static JsonNode json(CloudEventData data) throws IOException {
        // the SDK may hand JSON data back as a tree or as bytes; compare the JSON either way
        return CloudEventCodec.mapper().readTree(data.toBytes());
    }

    private static void assertSameEvent(CloudEvent ours, io.cloudevents.CloudEvent sdk) throws IOException {
        assertEquals("1.0", sdk.getSpecVersion().toString());
        assertEquals(ours.id().toString(), sdk.getId());
        assertEquals(ours.type(), sdk.getType());
        assertEquals(ours.source(), sdk.getSource().toString());
        assertEquals(ours.subject(), sdk.getSubject());
        assertEquals(ours.dataContentType(), sdk.getDataContentType());
        assertEquals(ours.time(), sdk.getTime(), "same instant and same offset");
        assertEquals(ours.agency(), sdk.getExtension("agency"));
        // only case events carry caseversion; the other families (review, disclosure, registry) have none
        Object caseVersion = sdk.getExtension("caseversion");
        assertEquals(ours.caseVersion(), caseVersion == null ? null : ((Number) caseVersion).longValue());
        assertEquals(ours.correlationId(), sdk.getExtension("correlationid"));
        assertEquals(ours.causationId(), sdk.getExtension("causationid"));
        assertNotNull(sdk.getData(), "data");
        assertEquals(ours.data(), json(sdk.getData()));
    }

    @Test
    void sdkReadsWhatWeWrite() throws IOException {
        CloudEvent ours = CloudEventCodecTest.fullEvent();
        io.cloudevents.CloudEvent sdk = sdkFormat().deserialize(CloudEventCodec.toBytes(ours));
        assertSameEvent(ours, sdk);
    }

    @Test
    void weReadWhatTheSdkWrites() throws IOException {
        CloudEvent expected = CloudEventCodecTest.fullEvent();
        io.cloudevents.CloudEvent sdk = CloudEventBuilder.v1()
                .withId(expected.id().toString())
                .withSource(URI.create(expected.source()))
                .withType(expected.type())
                .withSubject(expected.subject())
                .withTime(expected.time())
                .withDataContentType(expected.dataContentType())
                .withExtension("agency", expected.agency())
                .withExtension("caseversion", expected.caseVersion().intValue())
                .withExtension("correlationid", expected.correlationId())
                .withExtension("causationid", expected.causationId())
                // an extension we do not know is ignored, as CloudEvents requires
                .withExtension("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .withData(JsonCloudEventData.wrap(expected.data()))
                .build();
        byte[] bytes = new JsonFormat().serialize(sdk);

        CloudEvent ours = CloudEventCodec.fromBytes(bytes);

        assertEquals(expected, ours);
        assertSameEvent(ours, sdk);
    }

    @Test
    void sdkTimeWithOtherOffsetIsKept() {
        OffsetDateTime utc = OffsetDateTime.parse("2026-03-02T01:15:27.318Z");
        io.cloudevents.CloudEvent sdk = CloudEventBuilder.v1()
                .withId("975d6e88-dcc1-4dbf-a590-f8a5d2afe70f")
                .withSource(URI.create("/legal-review-service"))
                .withType("gov.enforcement.review.Unknown.v1")
                .withTime(utc)
                .build();
        CloudEvent ours = CloudEventCodec.fromBytes(new JsonFormat().serialize(sdk));
        assertEquals(utc, ours.time());
    }

    @ParameterizedTest
    @MethodSource("types")
    void sdkReadsEverySample(EventType type) throws IOException {
        byte[] sample = Resources.bytes(type.sampleResource());
        assertSameEvent(CloudEventCodec.fromBytes(sample), sdkFormat().deserialize(sample));
    }
}
