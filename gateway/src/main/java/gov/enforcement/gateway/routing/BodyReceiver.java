package gov.enforcement.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a caller's whole body before the gateway opens a request to a service, so a caller who sends slowly
 * holds only its own connection, never one of the few the gateway keeps to each service. The body must keep
 * up: it may take {@code bodyTimeout}, plus one second for every {@code minRate} bytes that have arrived.
 */
final class BodyReceiver {

    /** More than the allowed bytes arrived; the rest stays unread. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("too large", null, false, false);
        }
    }

    /** The body did not arrive in time. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super("too slow", null, false, false);
        }
    }

    private final Vertx vertx;
    private final HttpServerRequest in;
    private final long maxBytes;
    private final long memoryBytes;
    private final long timeoutMillis;
    private final long minBytesPerSecond;
    private final Promise<ReceivedBody> outcome = Promise.promise();
    private final long started = System.currentTimeMillis();

    private Buffer memory = Buffer.buffer();
    private AsyncFile spool;
    private String spoolPath;
    private long received;
    private long timer = -1;
    private boolean finished;

    private BodyReceiver(Vertx vertx, HttpServerRequest in, long maxBytes, RequestConfig config) {
        this.vertx = vertx;
        this.in = in;
        this.maxBytes = maxBytes;
        this.memoryBytes = config.memoryBuffer().asLongValue();
        this.timeoutMillis = config.bodyTimeout().toMillis();
        this.minBytesPerSecond = Math.max(1, config.bodyMinRate().asLongValue());
    }

    /** Receives the body of a paused request; fails with {@link TooLarge} past {@code maxBytes}, {@link TooSlow}. */
    static Future<ReceivedBody> receive(Vertx vertx, HttpServerRequest in, long maxBytes, RequestConfig config) {
        return new BodyReceiver(vertx, in, maxBytes, config).start();
    }

    private Future<ReceivedBody> start() {
        if (in.isEnded()) {
            return Future.succeededFuture(new ReceivedBody.InMemory(Buffer.buffer()));
        }
        in.handler(this::chunk);
        in.endHandler(v -> end());
        in.exceptionHandler(this::fail);
        armDeadline();
        in.resume();
        return outcome.future();
    }

    private void chunk(Buffer chunk) {
        if (finished) {
            return;
        }
        received += chunk.length();
        if (received > maxBytes) {
            fail(new TooLarge());
        } else if (spool != null) {
            write(chunk);
        } else if (received <= memoryBytes) {
            memory.appendBuffer(chunk);
        } else {
            Buffer held = memory.appendBuffer(chunk);
            memory = null;
            in.pause(); // nothing more (not even the end) is delivered until the file is open
            vertx.fileSystem().createTempFile("gateway-body-", ".tmp", "rw-------")
                    .compose(path -> {
                        spoolPath = path;
                        return vertx.fileSystem().open(path, new OpenOptions().setWrite(true).setRead(false));
                    })
                    .onSuccess(file -> {
                        spool = file;
                        if (finished) {
                            discardSpool();
                            return;
                        }
                        write(held);
                        in.resume();
                    })
                    .onFailure(failure -> {
                        if (spoolPath != null) {
                            vertx.fileSystem().delete(spoolPath).onFailure(ignored -> { });
                        }
                        fail(failure);
                    });
        }
    }

    private void write(Buffer chunk) {
        spool.write(chunk);
        if (spool.writeQueueFull()) {
            in.pause();
            spool.drainHandler(v -> in.resume());
        }
    }

    private void end() {
        if (finished) {
            return;
        }
        finished = true;
        vertx.cancelTimer(timer);
        if (spool == null) {
            outcome.tryComplete(new ReceivedBody.InMemory(memory));
            return;
        }
        String path = spoolPath;
        long length = received;
        spool.close()
                .onSuccess(v -> outcome.tryComplete(new ReceivedBody.Spooled(path, length)))
                .onFailure(failure -> {
                    vertx.fileSystem().delete(path).onFailure(ignored -> { });
                    outcome.tryFail(failure);
                });
    }

    private void fail(Throwable failure) {
        if (finished) {
            return;
        }
        finished = true;
        vertx.cancelTimer(timer);
        in.handler(null);
        in.endHandler(null);
        in.pause();
        memory = null;
        discardSpool();
        outcome.tryFail(failure);
    }

    private void discardSpool() {
        if (spool != null) {
            String path = spoolPath;
            spool.close().eventually(() -> vertx.fileSystem().delete(path)).onFailure(ignored -> { });
            spool = null;
        }
    }

    private void armDeadline() {
        long wait = deadline() - System.currentTimeMillis();
        if (wait <= 0) {
            fail(new TooSlow());
            return;
        }
        timer = vertx.setTimer(wait, id -> {
            if (!finished) {
                armDeadline(); // the bytes that arrived meanwhile have earned more time
            }
        });
    }

    private long deadline() {
        return started + timeoutMillis + received * 1000 / minBytesPerSecond;
    }
}
