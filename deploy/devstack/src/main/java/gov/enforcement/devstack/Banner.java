package gov.enforcement.devstack;

import java.time.Duration;

/** What the launcher prints once the stack is ready. */
final class Banner {

    private Banner() {
    }

    static String render(DevStack stack, Duration startup) {
        StringBuilder out = new StringBuilder("\n");
        String seconds = String.format("%.1f s", startup.toMillis() / 1000.0);
        EmbeddedPostgresServer pg = stack.postgres();
        if (stack.options().infraOnly()) {
            out.append("  Infrastructure ready in ").append(seconds).append(" (--infra-only, no services)\n\n");
        } else {
            int gateway = stack.options().ports().gateway();
            out.append("  Three systems stack ready in ").append(seconds).append("\n\n")
                    .append("  Gateway      http://localhost:").append(gateway).append("/api/v1\n")
                    .append("  Swagger UI   http://localhost:").append(gateway).append("/q/swagger-ui\n");
            for (ServiceProcess service : stack.services()) {
                out.append(String.format("  %-22s %s (pid %d), health and metrics on %s/q%n", service.name(),
                        service.baseUrl(), service.pid(), service.managementUrl()));
            }
            out.append("\n  Get a token:\n")
                    .append("    curl -s -X POST localhost:").append(gateway).append("/dev/tokens")
                    .append(" -H 'Content-Type: application/json'")
                    .append(" -d '{\"sub\":\"officer-1\",\"groups\":[\"officer\"],")
                    .append("\"agency\":\"11130100MB12345671\",\"cert\":\"HB-0001\"}'\n\n");
        }
        out.append("  PostgreSQL   ").append(pg.jdbcUrl("<db>")).append("  user ").append(pg.username())
                .append("  (databases: recording, legal_review, disclosure)\n")
                .append("  Kafka        ").append(stack.kafka().bootstrapServers())
                .append(stack.transport() == null ? "\n" : "  (mutual TLS + ACLs; client certificates in "
                        + stack.transport().certificates().truststore().getParent() + ")\n")
                .append(stack.evidenceServer() == null ? ""
                        : "  Evidence S3  " + stack.evidenceServer().endpoint() + "/" + DevStack.EVIDENCE_BUCKET
                        + "  (access key " + S3ProxyServer.ACCESS_KEY + ")\n")
                .append(stack.traceLog() == null ? ""
                        : "  Traces       " + stack.traceLog().file() + "  (one JSON line per span; OTLP/HTTP at "
                        + stack.traceLog().endpoint() + ")\n")
                .append("  JWT keys     ").append(stack.keys().publicKeyPath().getParent()).append('\n')
                .append("  Logs         ").append(stack.logsDir()).append('\n')
                .append("  Data         ").append(stack.options().dataDir()).append(" (kept across restarts)\n\n")
                .append("  Ctrl-C stops everything.\n");
        return out.toString();
    }
}
