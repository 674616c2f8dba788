package gov.enforcement.deploy.k8s;

import java.util.Map;

/**
 * Where Quarkus serves its health and metrics endpoints, from the configuration that moves them: under the management
 * interface's root on its own port when quarkus.management.enabled, else under the API port's non-application root.
 */
final class QuarkusPaths {

    private QuarkusPaths() {
    }

    static String health(Map<String, String> config, String check) {
        String key = switch (check) {
            case "live" -> "quarkus.smallrye-health.liveness-path";
            case "ready" -> "quarkus.smallrye-health.readiness-path";
            case "started" -> "quarkus.smallrye-health.startup-path";
            default -> throw new IllegalArgumentException(check);
        };
        String root = under(endpointsRoot(config), config.getOrDefault("quarkus.smallrye-health.root-path", "health"));
        return under(root, config.getOrDefault(key, check));
    }

    static String metrics(Map<String, String> config) {
        return under(endpointsRoot(config), config.getOrDefault("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    static boolean managementEnabled(Map<String, String> config) {
        return Boolean.parseBoolean(config.getOrDefault("quarkus.management.enabled", "false"));
    }

    /** The port health and metrics answer on: the management port (Quarkus' default 9000), or the API port. */
    static int managementPort(Map<String, String> config) {
        return Integer.parseInt(managementEnabled(config) ? config.getOrDefault("quarkus.management.port", "9000")
                : config.getOrDefault("quarkus.http.port", "8080"));
    }

    private static String endpointsRoot(Map<String, String> config) {
        return managementEnabled(config) ? config.getOrDefault("quarkus.management.root-path", "/q") : nonApplicationRoot(config);
    }

    private static String nonApplicationRoot(Map<String, String> config) {
        return under(config.getOrDefault("quarkus.http.root-path", "/"),
                config.getOrDefault("quarkus.http.non-application-root-path", "q"));
    }

    /** A relative path is under its parent, an absolute one stands alone (Quarkus' rule). */
    private static String under(String parent, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + path;
    }
}
