package gov.enforcement.benchmark.baselines;

import gov.enforcement.benchmark.report.Figure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Raw Kafka on the stack's own broker: one producer configured as the outbox relay's (acks=all, idempotent, lz4,
 * linger 1 ms),
 * records the size of a case-event CloudEvent keyed by a case id, to a scratch topic of 6 partitions.
 */
public final class KafkaBaseline {

    public static final String KEY = "kafka.producer";
    static final String TOPIC = "bench.scratch";
    static final int IN_FLIGHT = 20_000;

    private final String bootstrap;

    public KafkaBaseline(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public Figure run(Duration warmUp, Duration measure) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get();
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // the outbox relay's settings (platform OutboxProducer)
        p.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        byte[] value = sampleEvent();
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Semaphore window = new Semaphore(IN_FLIGHT);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            long measureFrom = start + warmUp.toNanos();
            long end = measureFrom + measure.toNanos();
            String[] keys = new String[1024];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = UUID.randomUUID().toString();
            }
            long i = 0;
            while (true) {
                long sent = System.nanoTime();
                if (sent >= end) {
                    break;
                }
                window.acquire();
                boolean counted = sent >= measureFrom;
                producer.send(new ProducerRecord<>(TOPIC, keys[(int) (i++ % keys.length)], value), (meta, error) -> {
                    window.release();
                    if (error != null) {
                        failed.incrementAndGet();
                    } else if (counted && System.nanoTime() <= end) {
                        acked.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        return Figure.of(KEY, "Kafka producer, acks=all, idempotent, lz4", "records/s",
                        acked.get() / (measure.toNanos() / 1e9), null, null)
                .with("recordBytes", value.length).with("failed", failed.get()).with("lingerMs", 1);
    }

    private static byte[] sampleEvent() {
        return ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/recording-service\","
                + "\"type\":\"gov.enforcement.case.EvidenceRecorded.v1\",\"subject\":\"" + UUID.randomUUID() + "\","
                + "\"time\":\"2026-03-04T12:06:37.881+08:00\",\"datacontenttype\":\"application/json\","
                + "\"agency\":\"11130100MB12345671\",\"caseversion\":5,\"correlationid\":\"" + UUID.randomUUID() + "\","
                + "\"data\":{\"evidenceId\":\"" + UUID.randomUUID() + "\",\"kind\":\"DOCUMENTARY\","
                + "\"description\":\"2025年10月至12月工资支付台账复印件，共23页，加盖当事人公章\","
                + "\"certificates\":[\"HB-0001\",\"HB-0002\"],\"collectedAt\":\"2026-03-04T11:10:00+08:00\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
