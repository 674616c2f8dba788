package gov.enforcement.devstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stack's ACL table grants each service what its own configuration consumes and dead-letters, nothing else. */
class KafkaAccessTest {

    @Test
    void readsGroupsAndDeadLettersFollowEachServicesConfiguration() throws IOException {
        Path repo = StackOptions.findRepoRoot(Path.of("")).orElseThrow();
        for (KafkaAccess access : KafkaAccess.ALL) {
            Properties config = new Properties();
            try (Reader in = Files.newBufferedReader(repo.resolve(access.service().moduleDir())
                    .resolve("src/main/resources/application.properties"))) {
                config.load(in);
            }
            Set<String> consumed = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            Set<String> deadLetters = new TreeSet<>();
            for (String key : config.stringPropertyNames()) {
                if (key.endsWith(".dead-letter-queue.topic")) {
                    deadLetters.add(config.getProperty(key));
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                    consumed.add(config.getProperty(key));
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                    groups.add(config.getProperty(key));
                }
            }
            String who = access.identity();
            assertEquals(consumed, new TreeSet<>(access.reads()), who + " reads what it consumes");
            assertEquals(Set.of(access.group()), groups, who + " has one consumer group");
            Set<String> written = new TreeSet<>(access.writes());
            written.addAll(deadLetters);
            assertEquals(written, new TreeSet<>(access.writtenTopics()), who + " writes its topics and its dead letters");
        }
    }
}
