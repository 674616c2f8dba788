package gov.enforcement.gateway.routing;

import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;

/** Streams the caller's body to the service with back-pressure, stopping at the size limit. */
final class RequestBodyPump {

    private RequestBodyPump() {
    }

    /**
     * Starts the transfer of a paused request.
     *
     * @param onTooLarge run (once) when more than {@code limit} bytes arrive; the rest is not read
     * @param onSent     run when the whole body has been handed to the service
     */
    static void start(HttpServerRequest in, HttpClientRequest out, long limit, Runnable onTooLarge, Runnable onSent) {
        if (in.isEnded()) {
            out.end();
            onSent.run();
            return;
        }
        long[] received = {0};
        in.handler(chunk -> {
            received[0] += chunk.length();
            if (received[0] > limit) {
                in.handler(null);
                in.endHandler(null);
                in.pause();
                onTooLarge.run();
                return;
            }
            out.write(chunk);
            if (out.writeQueueFull()) {
                in.pause();
                out.drainHandler(v -> in.resume());
            }
        });
        in.endHandler(v -> {
            out.end();
            onSent.run();
        });
        in.exceptionHandler(failure -> out.reset(0, failure));
        in.resume();
    }
}
