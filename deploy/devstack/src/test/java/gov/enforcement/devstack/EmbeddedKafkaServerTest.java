package gov.enforcement.devstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedKafkaServerTest {

    private static final String TOPIC = "enforcement.case-events";

    @TempDir
    Path tmp;

    @Test
    void recordsSurviveABrokerRestartOnTheSameDirectory() throws Exception {
        Path data = tmp.resolve("kafka");
        String clusterId;
        try (EmbeddedKafkaServer kafka = new EmbeddedKafkaServer(0, data).start()) {
            RecordMetadata sent = produce(kafka.bootstrapServers(), "case-1", "CaseRegistered");
            assertEquals(TOPIC, sent.topic());
            List<ConsumerRecord<String, String>> read = consumeFromBeginning(kafka.bootstrapServers(), 1);
            assertEquals("case-1", read.get(0).key());
            assertEquals("CaseRegistered", read.get(0).value());
            try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
                assertEquals(EmbeddedKafkaServer.PARTITIONS, producer.partitionsFor(TOPIC).size());
            }
            clusterId = Files.readString(data.resolve("cluster.id")).trim();
        }
        assertTrue(Files.isDirectory(data.resolve("log")), "the log directory is kept on close");

        // a new random port (and controller port) on purpose: only the data directory carries over
        try (EmbeddedKafkaServer restarted = new EmbeddedKafkaServer(0, data).start()) {
            assertEquals(clusterId, Files.readString(data.resolve("cluster.id")).trim());
            produce(restarted.bootstrapServers(), "case-2", "OfficersAssigned");
            List<ConsumerRecord<String, String>> read = consumeFromBeginning(restarted.bootstrapServers(), 2);
            assertEquals(List.of("CaseRegistered", "OfficersAssigned"),
                    read.stream().map(ConsumerRecord::value).sorted().toList());
        }
    }

    @Test
    void aRestartComesBackOnTheSamePortWithItsRecords() throws Exception {
        try (EmbeddedKafkaServer kafka = new EmbeddedKafkaServer(0, tmp.resolve("restarted")).start()) {
            String bootstrap = kafka.bootstrapServers();
            try (KafkaProducer<String, String> producer = producer(bootstrap)) {
                producer.send(new ProducerRecord<>(TOPIC, "case-1", "before")).get();
                kafka.restart();
                assertEquals(bootstrap, kafka.bootstrapServers(), "clients keep their bootstrap address");
                // the same producer reconnects by itself
                producer.send(new ProducerRecord<>(TOPIC, "case-1", "after")).get(30, TimeUnit.SECONDS);
            }
            assertEquals(List.of("before", "after"),
                    consumeFromBeginning(bootstrap, 2).stream().map(ConsumerRecord::value).toList());
        }
    }

    @Test
    void temporaryBrokerWorksOnARandomPort() throws Exception {
        try (EmbeddedKafkaServer kafka = EmbeddedKafkaServer.temporary().start()) {
            assertTrue(kafka.port() > 0);
            produce(kafka.bootstrapServers(), "k", "v");
            assertEquals("v", consumeFromBeginning(kafka.bootstrapServers(), 1).get(0).value());
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static RecordMetadata produce(String bootstrap, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            return producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeFromBeginning(String bootstrap, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plusSeconds(30);
            while (records.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertEquals(count, records.size(), "records read back");
        return records;
    }
}
