package gov.enforcement.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealServersTest {

    @Test
    void eachCallGetsAFreshReachableDatabase() throws Exception {
        String first = RealServers.createDatabase();
        String second = RealServers.createDatabase();
        assertNotEquals(first, second);
        for (String db : List.of(first, second)) {
            try (Connection c = DriverManager.getConnection(RealServers.jdbcUrl(db), RealServers.username(),
                    RealServers.password()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select current_database(), current_setting('fsync')")) {
                assertTrue(rs.next());
                assertEquals(db, rs.getString(1));
                assertEquals("on", rs.getString(2));
            }
        }
    }

    @Test
    void theResourceConfiguresAFreshDatabaseKafkaAndJwt() {
        Map<String, String> config = new RealServersResource().start();
        String db = RealServersResource.database();
        assertEquals(RealServers.jdbcUrl(db), config.get("quarkus.datasource.jdbc.url"));
        assertEquals(RealServersResource.jdbcUrl(), config.get("quarkus.datasource.jdbc.url"));
        assertEquals("postgresql://localhost:" + RealServers.postgresPort() + "/" + db,
                config.get("quarkus.datasource.reactive.url"));
        assertEquals(RealServersResource.username(), config.get("quarkus.datasource.username"));
        assertEquals(RealServersResource.password(), config.get("quarkus.datasource.password"));
        assertEquals(RealServersResource.kafkaBootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals("false", config.get("quarkus.devservices.enabled"));
        assertEquals(TestTokens.ISSUER, config.get("mp.jwt.verify.issuer"));
        assertTrue(config.get("mp.jwt.verify.publickey.location").endsWith("jwt-public.pem"));
        assertTrue(config.get("smallrye.jwt.sign.key.location").endsWith("jwt-private.pem"));

        new RealServersResource().start();
        assertNotEquals(db, RealServersResource.database(), "every application gets its own database");
    }

    @Test
    void recordsProducedCanBeAwaitedWithTheirHeaders() throws Exception {
        String topic = "kit.self-test";
        String key = "case-" + System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (int i = 1; i <= 3; i++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                        ("{\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
            producer.send(new ProducerRecord<>(topic, "other-case", new byte[0])).get();
        }
        List<ReceivedRecord> mine = KafkaTestConsumer.awaitRecords(topic, r -> key.equals(r.key()), 3,
                Duration.ofSeconds(30));
        assertEquals(List.of("{\"seq\":1}", "{\"seq\":2}", "{\"seq\":3}"),
                mine.stream().map(ReceivedRecord::valueAsString).toList(), "one key keeps its order");
        assertEquals("application/cloudevents+json", mine.get(0).header("content-type").orElseThrow());
        assertEquals(List.of(), KafkaTestConsumer.recordsWithin(topic, r -> "no-such-case".equals(r.key()),
                Duration.ofSeconds(2)));
    }
}
