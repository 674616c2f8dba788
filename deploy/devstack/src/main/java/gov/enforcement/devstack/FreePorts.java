package gov.enforcement.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a stack's servers, chosen before any of them has started. They come from below the kernel's ephemeral
 * range (32768 and up on Linux), where a bind to port 0 (Kafka's controller, any client socket) never lands, so a
 * port chosen here is not handed to another server before its own binds it; and no port is given twice in a JVM.
 */
public final class FreePorts {

    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port nothing listens on now, never given before by this JVM. */
    public static int next() {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = LOW + ThreadLocalRandom.current().nextInt(HIGH - LOW);
            if (!GIVEN.add(port)) {
                continue;
            }
            try (ServerSocket probe = new ServerSocket(port)) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // someone listens there: try another
            }
        }
        throw new IllegalStateException("no free port between " + LOW + " and " + HIGH);
    }
}
