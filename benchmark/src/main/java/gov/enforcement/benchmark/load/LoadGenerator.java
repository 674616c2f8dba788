package gov.enforcement.benchmark.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * Closed-loop HTTP load: N requests in flight over keep-alive connections, each loop sending its next request
 * when the previous answered. A warm-up phase is discarded; the measured phase counts requests that started
 * after it. Latencies (to the last byte of the body) go into an HdrHistogram in microseconds.
 */
public final class LoadGenerator implements AutoCloseable {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(2);

    /**
     * No answer for this long fails a request instead of waiting on: a request that hangs (once seen in a long run,
     * cause unknown) must show up as a failure with its URI, not as a benchmark that never ends.
     */
    static final Duration NO_ANSWER = Duration.ofMinutes(3);

    private final Vertx vertx;
    private final String host;
    private final int port;
    // for set-up calls in bulk (callAll): keep-alive connections reused between calls
    private final HttpClient shared;
    // for single blocking calls from any thread (set-up steps, polling): no event loop involved
    private final BlockingClient blocking;

    /** Two event loops: the load generator shares the machine's two cores with the stack it measures. */
    public LoadGenerator(String host, int port) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        this.host = host;
        this.port = port;
        this.shared = client(64);
        this.blocking = new BlockingClient(host, port, NO_ANSWER);
    }

    /**
     * Runs {@code concurrency} loops for warm-up plus measure. {@code next} makes request number i (global,
     * 0-based); {@code onAnswer}, if not null, sees every answer's status and body (on an event loop: keep it short).
     */
    public LoadResult run(int concurrency, Duration warmUp, Duration measure, LongFunction<Request> next,
                          BiConsumer<Integer, Buffer> onAnswer) {
        return run(concurrency, warmUp, measure, Long.MAX_VALUE, next, onAnswer);
    }

    /** Sends exactly {@code total} requests (or fewer if {@code limit} time runs out), all measured. */
    public LoadResult runCount(int concurrency, long total, Duration limit, LongFunction<Request> next) {
        return run(concurrency, Duration.ZERO, limit, total, next, null);
    }

    private LoadResult run(int concurrency, Duration warmUp, Duration measure, long total, LongFunction<Request> next,
                           BiConsumer<Integer, Buffer> onAnswer) {
        HttpClient client = client(concurrency);
        try {
            Histogram latencies = new ConcurrentHistogram(MAX_MICROS, 3);
            Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
            AtomicLong ok = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicLong sequence = new AtomicLong();
            long start = System.nanoTime();
            long measureFrom = start + warmUp.toNanos();
            long end = measureFrom + measure.toNanos();
            CountDownLatch done = new CountDownLatch(concurrency);
            Loop loop = new Loop(client, next, onAnswer, latencies, statuses, ok, failures, sequence, total, measureFrom,
                    end, done);
            for (int i = 0; i < concurrency; i++) {
                vertx.runOnContext(v -> loop.send());
            }
            await(done, warmUp.plus(measure).plusSeconds(150));
            long measuredNanos = Math.min(loop.lastAnswer().get() <= 0 ? System.nanoTime() : loop.lastAnswer().get(), end) - measureFrom;
            Map<Integer, Long> counts = new TreeMap<>();
            statuses.forEach((k, v) -> counts.put(k, v.get()));
            return new LoadResult(ok.get(), counts, failures.get(), Duration.ofNanos(Math.max(1, measuredNanos)), latencies);
        } finally {
            client.close();
        }
    }

    /** The same without an answer hook. */
    public LoadResult run(int concurrency, Duration warmUp, Duration measure, LongFunction<Request> next) {
        return run(concurrency, warmUp, measure, next, null);
    }

    /** One request, waited for: for set-up steps and polling, from any thread. Answers status and body. */
    public Answer call(Request request) {
        return blocking.call(request);
    }

    /** Many set-up requests, {@code parallel} at a time; the answers in order. */
    public List<Answer> callAll(List<Request> requests, int parallel) {
        HttpClient client = shared;
        try {
            Answer[] answers = new Answer[requests.size()];
            AtomicLong nextIndex = new AtomicLong();
            CompletableFuture<?>[] lanes = new CompletableFuture<?>[parallel];
            for (int lane = 0; lane < parallel; lane++) {
                CompletableFuture<Void> finished = new CompletableFuture<>();
                lanes[lane] = finished;
                vertx.runOnContext(v -> drain(client, requests, answers, nextIndex, finished));
            }
            CompletableFuture.allOf(lanes).get(requests.size() * NO_ANSWER.toMillis(), TimeUnit.MILLISECONDS);
            return List.of(answers);
        } catch (Exception e) {
            throw new IllegalStateException("set-up requests failed: " + e, e);
        }
    }

    private void drain(HttpClient client, List<Request> requests, Answer[] answers, AtomicLong nextIndex,
                       CompletableFuture<Void> finished) {
        int i = (int) nextIndex.getAndIncrement();
        if (i >= requests.size()) {
            finished.complete(null);
            return;
        }
        send(client, requests.get(i)).onComplete(ar -> {
            if (ar.failed()) {
                finished.completeExceptionally(ar.cause());
                return;
            }
            answers[i] = ar.result();
            drain(client, requests, answers, nextIndex, finished);
        });
    }

    /** A status and a body. */
    public record Answer(int status, Buffer body, String etag) {
        public String text() {
            return body.toString();
        }
    }

    private HttpClient client(int connections) {
        return vertx.createHttpClient(new HttpClientOptions().setDefaultHost(host).setDefaultPort(port)
                        .setKeepAlive(true).setTcpNoDelay(true).setConnectTimeout(5_000).setIdleTimeout(0),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    static Future<Answer> send(HttpClient client, Request request) {
        // the wait for a pooled connection and the silence after sending are both bounded
        RequestOptions options = new RequestOptions().setMethod(request.method()).setURI(request.uri())
                .setTimeout(NO_ANSWER.toMillis());
        if (request.token() != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + request.token());
        }
        if (request.body() != null) {
            options.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        return client.request(options)
                .compose(req -> request.body() == null ? req.send() : req.send(request.body()))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body,
                        response.getHeader(HttpHeaders.ETAG))));
    }

    private static void await(CountDownLatch done, Duration timeout) {
        try {
            if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the load did not finish within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        shared.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** The shared state of all loops of one run. */
    private record Loop(HttpClient client, LongFunction<Request> next, BiConsumer<Integer, Buffer> onAnswer,
                        Histogram latencies, Map<Integer, AtomicLong> statuses, AtomicLong ok, AtomicLong failures,
                        AtomicLong sequence, long total, long measureFrom, long end, CountDownLatch done,
                        AtomicLong lastAnswer) {

        Loop(HttpClient client, LongFunction<Request> next, BiConsumer<Integer, Buffer> onAnswer, Histogram latencies,
             Map<Integer, AtomicLong> statuses, AtomicLong ok, AtomicLong failures, AtomicLong sequence, long total,
             long measureFrom, long end, CountDownLatch done) {
            this(client, next, onAnswer, latencies, statuses, ok, failures, sequence, total, measureFrom, end, done,
                    new AtomicLong(total == Long.MAX_VALUE ? -1 : 0));
        }

        void send() {
            long started = System.nanoTime();
            long i = sequence.getAndIncrement();
            if (started >= end || i >= total) {
                done.countDown();
                return;
            }
            Request request = next.apply(i);
            LoadGenerator.send(client, request).onComplete(ar -> {
                long finished = System.nanoTime();
                if (lastAnswer.get() >= 0) {
                    lastAnswer.accumulateAndGet(finished, Math::max);
                }
                boolean counted = started >= measureFrom && finished <= end;
                if (ar.failed()) {
                    if (counted) {
                        failures.incrementAndGet();
                    }
                } else {
                    int status = ar.result().status();
                    if (onAnswer != null) {
                        onAnswer.accept(status, ar.result().body());
                    }
                    if (counted) {
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        if (status >= 200 && status < 300) {
                            ok.incrementAndGet();
                            latencies.recordValue(Math.min(MAX_MICROS, (finished - started) / 1000));
                        }
                    }
                }
                send();
            });
        }
    }
}
