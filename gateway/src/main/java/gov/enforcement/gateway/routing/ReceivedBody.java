package gov.enforcement.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpClientRequest;

/** A caller's whole request body, held by the gateway: in memory when small, else in a temporary file. */
sealed interface ReceivedBody {

    long length();

    /** Writes the body to the service and ends the request. */
    Future<Void> sendTo(Vertx vertx, HttpClientRequest out);

    /** Frees what holds the body; safe to call more than once. */
    void release(Vertx vertx);

    record InMemory(Buffer bytes) implements ReceivedBody {

        @Override
        public long length() {
            return bytes.length();
        }

        @Override
        public Future<Void> sendTo(Vertx vertx, HttpClientRequest out) {
            return bytes.length() == 0 ? out.end() : out.end(bytes);
        }

        @Override
        public void release(Vertx vertx) {
        }
    }

    record Spooled(String path, long length) implements ReceivedBody {

        @Override
        public Future<Void> sendTo(Vertx vertx, HttpClientRequest out) {
            return vertx.fileSystem().open(path, new OpenOptions().setRead(true).setWrite(false).setCreate(false))
                    .compose(file -> file.pipeTo(out).eventually(() -> file.close()));
        }

        @Override
        public void release(Vertx vertx) {
            vertx.fileSystem().delete(path).onFailure(failure -> { }); // already gone is fine
        }
    }
}
