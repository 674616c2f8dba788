package gov.enforcement.devstack;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class FreePortsTest {

    @Test
    @DisplayName("ports chosen before a stack starts are distinct and below the range bind(0) draws from")
    void distinctAndOutsideTheEphemeralRange() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = FreePorts.next();
            assertTrue(port >= 20_000 && port < 32_768, "port " + port);
            assertTrue(ports.add(port), "port " + port + " given twice");
        }
    }
}
