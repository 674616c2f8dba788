package gov.enforcement.devstack;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("--tracing: the stack's OTLP/HTTP receiver writes each exported span as one JSON line")
class TraceLogTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

    @Test
    @DisplayName("a batch posted as an exporter posts it (plain or gzip) comes back from the file with its service and parent")
    void spansArriveInTheFile(@TempDir Path dir) throws Exception {
        try (TraceLog log = new TraceLog(dir.resolve("logs/traces.jsonl")).start()) {
            assertEquals(200, post(log, batch("recording-service", "b7ad6b7169203331", ""), false));
            assertEquals(200, post(log, batch("disclosure-service", "00f067aa0ba902b7", "b7ad6b7169203331"), true));

            List<TraceLog.RecordedSpan> spans = TraceLog.read(log.file());
            assertEquals(2, spans.size());
            assertEquals(new TraceLog.RecordedSpan(TRACE, "00f067aa0ba902b7", "b7ad6b7169203331", "disclosure-service",
                    "enforcement.case-events process", "CONSUMER", 10, 20, Map.of("messaging.system", "kafka")), spans.get(1));
            assertEquals("", spans.get(0).parentSpanId(), "a root span has no parent");
        }
    }

    @Test
    @DisplayName("a body that is not an export request is refused with 400 and writes nothing")
    void garbageIsRefused(@TempDir Path dir) throws Exception {
        try (TraceLog log = new TraceLog(dir.resolve("traces.jsonl")).start()) {
            assertEquals(400, post(log, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff}, false));
            assertEquals(List.of(), TraceLog.read(log.file()));
        }
    }

    private static byte[] batch(String service, String spanId, String parent) {
        Span span = Span.newBuilder().setTraceId(bytes(TRACE)).setSpanId(bytes(spanId)).setParentSpanId(bytes(parent))
                .setName("enforcement.case-events process").setKind(Span.SpanKind.SPAN_KIND_CONSUMER)
                .setStartTimeUnixNano(10).setEndTimeUnixNano(20)
                .addAttributes(attribute("messaging.system", "kafka")).build();
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(attribute("service.name", service)))
                .addScopeSpans(ScopeSpans.newBuilder().addSpans(span))).build().toByteArray();
    }

    private static KeyValue attribute(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private static ByteString bytes(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }

    private static int post(TraceLog log, byte[] body, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(log.endpoint() + TraceLog.TRACES_PATH))
                .header("Content-Type", "application/x-protobuf");
        if (gzip) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
                out.write(body);
            }
            body = zipped.toByteArray();
            request.header("Content-Encoding", "gzip");
        }
        return HttpClient.newHttpClient().send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
