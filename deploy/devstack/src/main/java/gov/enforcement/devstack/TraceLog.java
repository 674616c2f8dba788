package gov.enforcement.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * {@code ./stack --tracing}: an OTLP/HTTP trace receiver of the stack's own. The services export their spans to it as
 * a collector would take them in production, and it writes each span as one JSON line to {@code logs/traces.jsonl},
 * so a trace can be followed on one machine with {@code grep <trace id>} and no collector to install.
 */
public final class TraceLog implements AutoCloseable {

    /** The path the OTLP/HTTP exporters post to, under the endpoint they are given. */
    static final String TRACES_PATH = "/v1/traces";

    // an export batch is a few hundred spans; anything far larger is not an exporter of ours
    private static final int MAX_BATCH_BYTES = 16 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private HttpServer server;
    private BufferedWriter out;

    public TraceLog(Path file) {
        this.file = file;
    }

    public synchronized TraceLog start() {
        try {
            Dirs.ensure(file.getParent());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.next()), 16);
            server.createContext(TRACES_PATH, this::receive);
            server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "trace-log")));
            server.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the trace receiver", e);
        }
    }

    /** The base URL the services' OTLP exporters are given ({@code quarkus.otel.exporter.otlp.traces.endpoint}). */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Path file() {
        return file;
    }

    /** The settings that make a service export every span here, promptly (a test waits for them). */
    Map<String, String> serviceProperties() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.endpoint", endpoint(),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.traces.sampler.arg", "1.0",
                "quarkus.otel.bsp.schedule.delay", "PT0.5S");
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try {
                request = ExportTraceServiceRequest.parseFrom(body(exchange));
            } catch (InvalidProtocolBufferException | BatchTooLarge e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            write(spansOf(request));
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        byte[] bytes = in.readNBytes(MAX_BATCH_BYTES + 1);
        if (bytes.length > MAX_BATCH_BYTES) {
            throw new BatchTooLarge();
        }
        return bytes;
    }

    private synchronized void write(List<RecordedSpan> spans) throws IOException {
        for (RecordedSpan span : spans) {
            out.write(JSON.writeValueAsString(span));
            out.newLine();
        }
        out.flush();
    }

    static List<RecordedSpan> spansOf(ExportTraceServiceRequest request) {
        List<RecordedSpan> spans = new ArrayList<>();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = attributes(resource.getResource().getAttributesList()).getOrDefault("service.name", "");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    spans.add(new RecordedSpan(hex(span.getTraceId()), hex(span.getSpanId()), hex(span.getParentSpanId()),
                            service, span.getName(), span.getKind().name().replace("SPAN_KIND_", ""),
                            span.getStartTimeUnixNano(), span.getEndTimeUnixNano(), attributes(span.getAttributesList())));
                }
            }
        }
        return spans;
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (KeyValue attribute : attributes) {
            AnyValue value = attribute.getValue();
            values.put(attribute.getKey(), switch (value.getValueCase()) {
                case STRING_VALUE -> value.getStringValue();
                case INT_VALUE -> Long.toString(value.getIntValue());
                case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
                case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
                default -> value.toString().strip();
            });
        }
        return values;
    }

    private static String hex(ByteString id) {
        return id.isEmpty() ? "" : HexFormat.of().formatHex(id.toByteArray());
    }

    /** Every span written so far (a line being written is skipped), for tests and tools reading the file. */
    public static List<RecordedSpan> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<RecordedSpan> spans = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.endsWith("}")) {
                    spans.add(JSON.readValue(line, RecordedSpan.class));
                }
            }
            return spans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One span as the trace log keeps it; ids in lower-case hex as in {@code traceparent}, times in Unix nanoseconds. */
    public record RecordedSpan(String traceId, String spanId, String parentSpanId, String service, String name,
                               String kind, long startNanos, long endNanos, Map<String, String> attributes) {
    }

    private static final class BatchTooLarge extends IOException {
    }
}
