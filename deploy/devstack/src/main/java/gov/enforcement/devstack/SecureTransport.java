package gov.enforcement.devstack;

import gov.enforcement.events.Topics;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SslConfigs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The stack's {@code --secure-transport} mode: certificates for everyone, the broker's and PostgreSQL's TLS settings,
 * the topics and ACLs created as the stack's own super user, and each service's credentials as the properties it
 * is started with.
 */
public final class SecureTransport {

    private final StackCertificates certificates;

    private SecureTransport(StackCertificates certificates) {
        this.certificates = certificates;
    }

    /** Issues (or reuses) the certificates in {@code dir}. */
    public static SecureTransport prepare(Path dir) {
        List<String> identities = new ArrayList<>(List.of(StackCertificates.KAFKA_BROKER, StackCertificates.STACK_ADMIN));
        KafkaAccess.ALL.forEach(access -> identities.add(access.identity()));
        return new SecureTransport(StackCertificates.ensure(dir, identities));
    }

    public StackCertificates certificates() {
        return certificates;
    }

    EmbeddedKafkaServer.Tls broker() {
        return new EmbeddedKafkaServer.Tls(certificates.keystore(StackCertificates.KAFKA_BROKER), certificates.truststore(),
                certificates.storePassword(), List.of(principal(StackCertificates.KAFKA_BROKER), principal(StackCertificates.STACK_ADMIN)));
    }

    EmbeddedPostgresServer.Tls postgres() {
        return new EmbeddedPostgresServer.Tls(certificates.caCertificate(), certificates.postgresCertificate(), certificates.postgresKey());
    }

    /**
     * Kafka client settings for one identity (a service's, or {@link StackCertificates#STACK_ADMIN}); with a null
     * identity, TLS that trusts the broker but presents no certificate, which the broker refuses.
     */
    public Map<String, Object> kafkaClient(String bootstrapServers, String identity) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL");
        config.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
        config.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, certificates.truststore().toString());
        config.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, certificates.storePassword());
        if (identity != null) {
            config.put(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12");
            config.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, certificates.keystore(identity).toString());
            config.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, certificates.storePassword());
            config.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, certificates.storePassword());
        }
        return config;
    }

    /** Creates the topics (the services may not) and every service's ACLs, as the stack's super user. */
    void provision(String bootstrapServers, int partitions) {
        List<NewTopic> wanted = new ArrayList<>();
        for (String topic : Topics.ALL) {
            wanted.add(new NewTopic(topic, partitions, (short) 1));
            wanted.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
        }
        try (Admin admin = Admin.create(kafkaClient(bootstrapServers, StackCertificates.STACK_ADMIN))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            // creating an ACL that exists is a no-op, so a restart simply states them again
            List<AclBinding> bindings = KafkaAccess.ALL.stream()
                    .flatMap(a -> a.bindings().stream()).toList();
            admin.createAcls(bindings).all().get(30, TimeUnit.SECONDS);
            awaitAcls(admin, bindings);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the topics and ACLs on the TLS broker", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topics and ACLs", e);
        }
    }

    /**
     * The controller has committed the ACLs when createAcls answers, but the broker's authorizer applies them from the
     * metadata log a moment later; a service started in between would be refused its own topics.
     */
    private static void awaitAcls(Admin admin, List<AclBinding> bindings)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            var present = admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS);
            if (present.containsAll(bindings)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the broker did not apply the stack's ACLs within 30 s");
            }
            Thread.sleep(50);
        }
    }

    /**
     * What one service is started with on top of the plaintext settings: its own Kafka certificate (the {@code kafka.}
     * prefix reaches every channel, the dead-letter producers and the outbox relay), no topic creation of its own,
     * and PostgreSQL over TLS verified against the stack's CA, host name included.
     */
    Map<String, String> serviceProperties(StackService service, EmbeddedPostgresServer postgres) {
        Map<String, String> props = new LinkedHashMap<>();
        KafkaAccess.ALL.stream().filter(a -> a.service() == service).findFirst().ifPresent(access -> {
            kafkaClient("unused", access.identity()).forEach((key, value) -> {
                if (!key.equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
                    props.put("kafka." + key, value.toString());
                }
            });
            props.put("platform.kafka.provision-topics", "false");
        });
        service.database().ifPresent(db -> {
            props.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(db));
            props.put("quarkus.datasource.reactive.postgresql.ssl-mode", "verify-full");
            props.put("quarkus.datasource.reactive.hostname-verification-algorithm", "HTTPS");
            props.put("quarkus.datasource.reactive.trust-certificate-pem", "true");
            props.put("quarkus.datasource.reactive.trust-certificate-pem.certs", certificates.caCertificate().toString());
        });
        return props;
    }

    private static String principal(String identity) {
        return "User:CN=" + identity;
    }
}
