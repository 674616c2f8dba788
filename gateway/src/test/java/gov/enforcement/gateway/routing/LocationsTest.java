package gov.enforcement.gateway.routing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("Location: never the caller's Host; a path, or on the configured public base URL")
class LocationsTest {

    private static final Optional<URI> NO_BASE = Optional.empty();
    private static final Optional<URI> BASE = Optional.of(URI.create("https://zfjd.example.gov.cn/"));

    @Test
    @DisplayName("a Location built on a forged Host becomes a path")
    void absoluteBecomesPath() {
        assertEquals("/api/v1/cases/7?x=1#e", Locations.rewrite("http://evil.example:8080/api/v1/cases/7?x=1#e", NO_BASE));
        assertEquals("/api/v1/cases/7", Locations.rewrite("//evil.example/api/v1/cases/7", NO_BASE));
        assertEquals("/api/v1/cases/7", Locations.rewrite("/api/v1/cases/7", NO_BASE));
        assertEquals("/", Locations.rewrite("https://evil.example", NO_BASE));
        assertEquals("/", Locations.rewrite("//evil.example", NO_BASE));
    }

    @Test
    @DisplayName("with gateway.public-base-url, every Location is on it")
    void publicBaseIsUsed() {
        assertEquals("https://zfjd.example.gov.cn/api/v1/cases/7",
                Locations.rewrite("http://evil.example/api/v1/cases/7", BASE));
        assertEquals("https://zfjd.example.gov.cn/api/v1/cases/7/events/2",
                Locations.rewrite("/api/v1/cases/7/events/2", BASE));
    }

    @Test
    @DisplayName("a Location that cannot be read is dropped, not passed on")
    void unreadableIsDropped() {
        assertNull(Locations.rewrite("http://evil example/api", NO_BASE));
        assertNull(Locations.rewrite("javascript:alert(1)", NO_BASE));
    }
}
