package gov.enforcement.platform.worker;

import io.quarkus.logging.Log;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A background thread that runs batches until there is nothing left, then waits for a wake-up or the poll
 * interval. A failing batch (database or broker away) is retried with a doubling pause of at most 5 s, so the
 * work waits for the infrastructure instead of being lost.
 */
public final class BatchWorker {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final String name;
    private final Duration interval;
    private final int batchSize;
    private final IntSupplier batch;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /** {@code batch} runs one batch, blocking, and answers how many items it handled. */
    public BatchWorker(String name, Duration interval, int batchSize, IntSupplier batch) {
        this.name = name;
        this.interval = interval;
        this.batchSize = batchSize;
        this.batch = batch;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs the next batch at once instead of at the next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration backoff = interval;
        while (running) {
            try {
                int handled = batch.getAsInt();
                backoff = interval;
                if (handled < batchSize) {
                    wakeUps.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Log.warnf("%s failed, retrying in %s: %s", name, backoff, e.getMessage());
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
