package gov.enforcement.gateway.routing;

import io.vertx.core.MultiMap;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Copies end-to-end headers; connection-scoped ones (RFC 9110 §7.6.1) belong to each hop and stay behind. */
final class HopByHopHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
            "te", "trailer", "transfer-encoding", "upgrade", "expect");

    private HopByHopHeaders() {
    }

    static void copy(MultiMap from, MultiMap to) {
        Set<String> dropped = new TreeSet<>(HOP_BY_HOP);
        // a Connection header may name further headers that are private to this hop
        for (String value : from.getAll("Connection")) {
            for (String token : value.split(",")) {
                dropped.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        for (var header : from) {
            if (!dropped.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }
}
