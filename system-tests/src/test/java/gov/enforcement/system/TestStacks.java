package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;
import gov.enforcement.devstack.ServicePorts;
import gov.enforcement.devstack.StackOptions;
import gov.enforcement.devstack.StackService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Starts the whole one-machine stack on free ports and a fresh data folder, so runs never collide; the
 * IT classes of one run share it, and it stops when the test JVM ends.
 */
final class TestStacks {

    private static DevStack shared;

    private TestStacks() {
    }

    static synchronized DevStack shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-test-stack"));
        }
        return shared;
    }

    /**
     * Stops the shared stack if one runs, so that a test with a stack of its own has the machine's two cores to
     * itself; the next {@link #shared()} starts a fresh one.
     */
    static synchronized void stopShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    static String gateway(DevStack stack) {
        return stack.services().stream().filter(s -> s.name().equals("gateway")).findFirst().orElseThrow().baseUrl();
    }

    private static final Map<String, String> RAISED_RATE_LIMITS = Map.ofEntries(
            Map.entry("gateway.rate-limits.public-search.per-ip.rate", "1000"),
            Map.entry("gateway.rate-limits.public-search.per-ip.burst", "3000"),
            Map.entry("gateway.rate-limits.public.per-ip.rate", "5000"),
            Map.entry("gateway.rate-limits.public.per-ip.burst", "10000"),
            Map.entry("gateway.rate-limits.reads.per-ip.rate", "50000"),
            Map.entry("gateway.rate-limits.reads.per-ip.burst", "100000"),
            Map.entry("gateway.rate-limits.reads.per-client.rate", "10000"),
            Map.entry("gateway.rate-limits.reads.per-client.burst", "20000"),
            Map.entry("gateway.rate-limits.writes.per-ip.rate", "30000"),
            Map.entry("gateway.rate-limits.writes.per-ip.burst", "60000"),
            Map.entry("gateway.rate-limits.writes.per-client.rate", "5000"),
            Map.entry("gateway.rate-limits.writes.per-client.burst", "10000"));

    static DevStack start() {
        return start(UnaryOperator.identity());
    }

    /** A stack of its own in --secure-transport mode: Kafka over mutual TLS with ACLs, PostgreSQL over TLS only. */
    static DevStack startSecure() {
        return start(StackOptions::withSecureTransport);
    }

    /** A stack of its own in the modes the options choose (evidence store, tracing, transport). */
    static DevStack start(UnaryOperator<StackOptions> modes) {
        return start(modes, RAISED_RATE_LIMITS);
    }

    /** As {@link #start(UnaryOperator)}, with the gateway's rate limits as shipped, not raised for the test callers. */
    static DevStack startWithShippedLimits(UnaryOperator<StackOptions> modes) {
        return start(modes, Map.of());
    }

    private static DevStack start(UnaryOperator<StackOptions> modes, Map<String, String> gatewaySettings) {
        Path repoRoot = StackOptions.parse(new String[0], Map.of(), Path.of("").toAbsolutePath()).repoRoot();
        try {
            Path data = Files.createTempDirectory("system-test-stack");
            StackOptions options = new StackOptions(repoRoot, data, freePort(), freePort(),
                    new ServicePorts(freePort(), freePort(), freePort(), freePort()),
                    new ServicePorts(freePort(), freePort(), freePort(), freePort()), false);
            options = modes.apply(options);
            // every test caller comes from this one address: the limits are raised a hundredfold, still on the path
            DevStack stack = new DevStack(options).serviceProperties(StackService.GATEWAY, gatewaySettings);
            stack.start();
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // distinct, and never a port the kernel hands to a bind(0) while the stack starts (Kafka picks its own)
    static int freePort() {
        return gov.enforcement.devstack.FreePorts.next();
    }
}
