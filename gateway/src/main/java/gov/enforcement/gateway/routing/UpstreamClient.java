package gov.enforcement.gateway.routing;

import io.quarkus.runtime.Startup;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The one non-blocking HTTP client pool the gateway uses to reach the services. */
@Startup
@ApplicationScoped
public class UpstreamClient {

    private final HttpClient client;
    private final UpstreamConfig config;
    private final Map<Service, Endpoint> endpoints = new EnumMap<>(Service.class);
    private final Map<Service, Endpoint> managementEndpoints = new EnumMap<>(Service.class);

    UpstreamClient(Vertx vertx, ServicesConfig services, ManagementConfig management, UpstreamConfig config) {
        this.config = config;
        for (Service service : Service.values()) {
            endpoints.put(service, Endpoint.parse("gateway.services." + service.key(), services.baseUrl(service)));
            managementEndpoints.put(service,
                    Endpoint.parse("gateway.management." + service.key(), management.baseUrl(service)));
        }
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                // connection-level silence (neither side sending) catches a service stuck mid-upload; twice the
                // response timeout, so that a merely slow answer is reported as the timeout it is (504), not 502
                .setIdleTimeout((int) config.timeout().multipliedBy(2).toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setKeepAlive(true)
                .setDecompressionSupported(false);
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(config.maxConnections()));
    }

    /** Opens a request to {@code service}; headers and body are the caller's to write. */
    public Future<HttpClientRequest> open(Service service, HttpMethod method, String pathAndQuery) {
        return open(endpoints.get(service), method, pathAndQuery);
    }

    private Future<HttpClientRequest> open(Endpoint endpoint, HttpMethod method, String pathAndQuery) {
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setHost(endpoint.host())
                .setPort(endpoint.port())
                .setSsl(endpoint.ssl())
                .setURI(endpoint.basePath() + pathAndQuery)
                .setConnectTimeout(config.connectTimeout().toMillis());
        return client.request(options);
    }

    /** A small GET (OpenAPI document, health) with its own deadline; the body is read whole. */
    public Future<Fetched> fetch(Service service, String pathAndQuery, Duration timeout) {
        return fetch(endpoints.get(service), pathAndQuery, timeout);
    }

    /** The same from the service's management interface (health), which the API port no longer serves. */
    public Future<Fetched> fetchManagement(Service service, String pathAndQuery, Duration timeout) {
        return fetch(managementEndpoints.get(service), pathAndQuery, timeout);
    }

    private Future<Fetched> fetch(Endpoint endpoint, String pathAndQuery, Duration timeout) {
        return open(endpoint, HttpMethod.GET, pathAndQuery)
                .compose(request -> request.idleTimeout(timeout.toMillis()).putHeader("Accept", "application/json").send())
                .compose(response -> response.body().map(body -> new Fetched(response.statusCode(), body)));
    }

    /** The response silence allowed, in milliseconds. */
    public long responseTimeoutMillis() {
        return config.timeout().toMillis();
    }

    public long maxBodyBytes() {
        return config.maxBodySize().asLongValue();
    }

    /** The configured base URL, for messages and the OpenAPI document's notes. */
    public String baseUrl(Service service) {
        return endpoints.get(service).display();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A whole, small response body. */
    public record Fetched(int status, Buffer body) {
    }

    private record Endpoint(String host, int port, boolean ssl, String basePath, String display) {

        static Endpoint parse(String key, URI url) {
            if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalArgumentException(key + " must be an http(s) URL: " + url);
            }
            boolean ssl = "https".equals(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
            String path = url.getRawPath() == null ? "" : url.getRawPath();
            String basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return new Endpoint(url.getHost(), port, ssl, basePath, url.toString());
        }
    }
}
