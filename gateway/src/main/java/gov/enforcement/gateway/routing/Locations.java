package gov.enforcement.gateway.routing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The {@code Location} a caller is sent to. A service builds it from the Host it was given, which is the caller's
 * own header: left alone, anyone could have the API point its links at a host of their choosing. The services only
 * ever point at the API itself, so every Location becomes a path, on the configured public base URL
 * ({@code gateway.public-base-url}) when there is one, whatever host the service put in front of it.
 */
final class Locations {

    private Locations() {
    }

    /** The Location to send on, or null when there is none worth sending. */
    static String rewrite(String location, Optional<URI> publicBase) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return null; // whatever host is in it, nobody should be sent there
        }
        if (uri.isOpaque()) {
            return null; // mailto:, javascript: … never a place of this API
        }
        if (!uri.isAbsolute() && uri.getRawAuthority() == null
                && (uri.getRawPath() == null || !uri.getRawPath().startsWith("/"))) {
            return location; // relative to the request: no host in it
        }
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String path = rawPath
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return publicBase.map(base -> stripTrailingSlash(base.toString()) + path).orElse(path);
    }

    private static String stripTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
