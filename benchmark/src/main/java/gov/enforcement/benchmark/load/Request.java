package gov.enforcement.benchmark.load;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

/** One request the load generator sends: method, path with query, bearer token (or null) and JSON body (or null). */
public record Request(HttpMethod method, String uri, String token, Buffer body) {

    public static Request get(String uri, String token) {
        return new Request(HttpMethod.GET, uri, token, null);
    }

    public static Request postJson(String uri, String token, String json) {
        return new Request(HttpMethod.POST, uri, token, Buffer.buffer(json));
    }
}
