package gov.enforcement.gateway.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The key an address is limited under. */
final class ClientAddresses {

    private ClientAddresses() {
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its first 64 bits, since one subscriber is handed a whole /64
     * and could otherwise walk through fresh addresses to get fresh buckets.
     */
    static String keyOf(String host) {
        if (host == null || host.indexOf(':') < 0) {
            return host == null ? "unknown" : host;
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress();
            if (bytes.length != 16) {
                return host; // an IPv4-mapped address comes back as 4 bytes
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return host; // a literal that does not parse still limits itself
        }
    }
}
