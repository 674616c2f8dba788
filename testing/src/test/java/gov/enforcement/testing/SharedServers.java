package gov.enforcement.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks, across test classes and their class loaders, that the JVM has a single pair of servers. */
final class SharedServers {

    private SharedServers() {
    }

    static void assertSameAsEveryOtherApplication() {
        // system properties: the one place every class loader of the JVM sees alike
        String seen = RealServers.postgresPort() + "|" + RealServers.kafkaBootstrapServers();
        String first = (String) System.getProperties().putIfAbsent("kit-test.servers", seen);
        assertEquals(first == null ? seen : first, seen);
    }
}
