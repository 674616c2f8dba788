package gov.enforcement.benchmark.baselines;

import gov.enforcement.benchmark.load.LoadGenerator;
import gov.enforcement.benchmark.load.LoadResult;
import gov.enforcement.benchmark.load.Request;
import gov.enforcement.benchmark.report.Figure;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP ceiling of this machine with this load generator: a bare Vert.x server (one event loop, its own JVM
 * thread pool) answering a small JSON document. Reads and searches are compared with it.
 */
public final class HttpBaseline {

    public static final String KEY = "http.trivial";
    static final int CONCURRENCY = 64;

    public Figure run(Duration warmUp, Duration measure) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        Buffer answer = Buffer.buffer("{\"status\":\"UP\",\"checks\":[]}");
        HttpServer server = vertx.createHttpServer()
                .requestHandler(req -> req.response().putHeader("content-type", "application/json").end(answer))
                .listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (LoadGenerator load = new LoadGenerator("localhost", server.actualPort())) {
            LoadResult result = load.run(CONCURRENCY, warmUp, measure, i -> Request.get("/trivial", null));
            return Figure.of(KEY, "HTTP ceiling: bare Vert.x server, 64 in flight", "req/s", result.perSecond(), null, null)
                    .withAll(result.details());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
