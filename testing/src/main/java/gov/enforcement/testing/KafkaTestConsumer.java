package gov.enforcement.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads what went to a topic, from its beginning, with a fresh consumer group each time. */
public final class KafkaTestConsumer {

    private static final Duration POLL = Duration.ofMillis(200);

    private KafkaTestConsumer() {
    }

    /** Waits for {@code count} records on the topic of the JVM's broker; fails the test if they do not come. */
    public static List<ReceivedRecord> awaitRecords(String topic, int count, Duration timeout) {
        return awaitRecords(topic, r -> true, count, timeout);
    }

    /**
     * Waits for {@code count} matching records, e.g. those of one case: the broker is shared by every test
     * class of the JVM, so a topic also holds what earlier tests produced.
     *
     * @return the matching records as read (offset order within a partition), at least {@code count}
     */
    public static List<ReceivedRecord> awaitRecords(String topic, Predicate<ReceivedRecord> filter, int count,
                                                    Duration timeout) {
        List<ReceivedRecord> found = read(RealServers.kafkaBootstrapServers(), topic, filter, count, timeout);
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " record(s) on " + topic + " within " + timeout
                    + " but found " + found.size() + ": " + found);
        }
        return found;
    }

    /**
     * Everything matching that arrives within the wait, e.g. to show that nothing was published.
     */
    public static List<ReceivedRecord> recordsWithin(String topic, Predicate<ReceivedRecord> filter, Duration wait) {
        return read(RealServers.kafkaBootstrapServers(), topic, filter, Integer.MAX_VALUE, wait);
    }

    /** As {@link #awaitRecords(String, Predicate, int, Duration)}, on any broker. */
    public static List<ReceivedRecord> read(String bootstrapServers, String topic, Predicate<ReceivedRecord> filter,
                                            int count, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // only what producers committed, as the services' consumers see it
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ReceivedRecord> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    ReceivedRecord received = toReceived(r);
                    if (filter.test(received)) {
                        found.add(received);
                    }
                }
            }
        }
        return found;
    }

    private static ReceivedRecord toReceived(ConsumerRecord<String, byte[]> r) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value());
        }
        return new ReceivedRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value(),
                Collections.unmodifiableMap(headers));
    }
}
