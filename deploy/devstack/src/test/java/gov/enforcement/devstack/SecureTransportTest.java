package gov.enforcement.devstack;

import gov.enforcement.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces of --secure-transport on their own: a broker that knows each service by its certificate, a TLS-only PostgreSQL. */
class SecureTransportTest {

    @TempDir
    Path tmp;

    @Test
    void eachServiceWritesItsOwnTopicsOnlyAndStrangersCannotConnect() throws Exception {
        SecureTransport transport = SecureTransport.prepare(tmp.resolve("tls"));
        try (EmbeddedKafkaServer kafka = EmbeddedKafkaServer.temporary().withTls(transport.broker()).start()) {
            transport.provision(kafka.bootstrapServers(), 2);
            String bootstrap = kafka.bootstrapServers();

            send(transport.kafkaClient(bootstrap, "recording-service"), Topics.CASE_EVENTS);
            send(transport.kafkaClient(bootstrap, "legal-review-service"), Topics.deadLetter(Topics.CASE_EVENTS));

            ExecutionException forged = assertThrows(ExecutionException.class,
                    () -> send(transport.kafkaClient(bootstrap, "legal-review-service"), Topics.CASE_EVENTS));
            assertInstanceOf(TopicAuthorizationException.class, forged.getCause());

            ExecutionException anonymous = assertThrows(ExecutionException.class,
                    () -> send(transport.kafkaClient(bootstrap, null), Topics.CASE_EVENTS));
            assertInstanceOf(SslAuthenticationException.class, anonymous.getCause());
        }
    }

    @Test
    void postgresAcceptsVerifiedTlsWithThePasswordOnly() throws Exception {
        SecureTransport transport = SecureTransport.prepare(tmp.resolve("tls"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(transport.certificates().postgresKey())));
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.temporary().withTls(transport.postgres()).start()) {
            assertTrue(pg.jdbcUrl("postgres").contains("sslmode=verify-full"));
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.username(), pg.password());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select ssl from pg_stat_ssl where pid = pg_backend_pid()")) {
                assertTrue(rs.next() && rs.getBoolean(1), "the connection is encrypted");
            }
            String plain = "jdbc:postgresql://localhost:" + pg.port() + "/postgres?sslmode=disable";
            SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(plain, pg.username(), pg.password()).close());
            assertTrue(refused.getMessage().contains("pg_hba.conf"), refused.getMessage());
            String noPassword = pg.jdbcUrl("postgres");
            assertThrows(SQLException.class, () -> DriverManager.getConnection(noPassword, pg.username(), "wrong").close());
        }
    }

    private static void send(Map<String, Object> client, String topic) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "case-1", "{}")).get(15, TimeUnit.SECONDS);
        }
    }
}
