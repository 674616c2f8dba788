package gov.enforcement.platform.messaging;

import gov.enforcement.events.Topics;
import gov.enforcement.platform.outbox.OutboxRelay;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * On the one-machine stack and in tests, creates the topics and their dead-letter topics with enough
 * partitions before anything is sent. In production the topics are KafkaTopic resources and this is off.
 */
@ApplicationScoped
public class TopicProvisioner {

    private final String bootstrapServers;
    private final OutboxRelay relay;
    private final boolean enabled;
    private final int partitions;

    public TopicProvisioner(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OutboxRelay relay,
                            @ConfigProperty(name = "platform.kafka.provision-topics", defaultValue = "true") boolean enabled,
                            @ConfigProperty(name = "platform.kafka.partitions", defaultValue = "6") int partitions) {
        this.bootstrapServers = bootstrapServers;
        this.relay = relay;
        this.enabled = enabled;
        this.partitions = partitions;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            provision();
        }
        relay.start();
    }

    void provision() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        List<NewTopic> wanted = new ArrayList<>();
        for (String topic : Topics.ALL) {
            wanted.add(new NewTopic(topic, partitions, (short) 1));
            wanted.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
        }
        try (Admin admin = Admin.create(config)) {
            var existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
                Log.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                Log.warnf("could not provision topics (the broker may create them on first use): %s", e.getMessage());
            }
        } catch (Exception e) {
            Log.warnf(e, "could not provision topics (the broker may create them on first use)");
        }
    }
}
