package gov.enforcement.platform.problem;

import io.vertx.pgclient.PgException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();
    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{UriInfo.class},
            (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/cases" : null);

    @Test
    @DisplayName("a database away for a moment answers 503 with Retry-After, so that clients retry instead of giving up")
    void infrastructureOutageIs503() {
        for (Exception outage : new Exception[]{new ConnectException("Connection refused: localhost/127.0.0.1:5432"),
                new PgException("terminating connection due to immediate shutdown command", "FATAL", "57P01", null),
                new PgException("the database system is in recovery mode", "FATAL", "57P03", null)}) {
            Response answer = ProblemMappers.unexpected(outage, "/api/v1/cases/1/events");
            assertEquals(503, answer.getStatus(), outage.toString());
            assertEquals("1", answer.getHeaderString("Retry-After"));
            Problem problem = (Problem) answer.getEntity();
            assertEquals(Problem.TYPE_BASE + "service-unavailable", problem.type().toString());
        }
    }

    @Test
    @DisplayName("anything else that escapes is still an internal error")
    void bugsStay500() {
        Response answer = ProblemMappers.unexpected(new IllegalStateException("a bug"), "/api/v1/cases");
        assertEquals(500, answer.getStatus());
        assertEquals(Problem.TYPE_BASE + "internal-error", ((Problem) answer.getEntity()).type().toString());
    }

    @Test
    @DisplayName("text PostgreSQL cannot store (U+0000) is the client's mistake: 400, not 500")
    void unstorableTextIsABadRequest() {
        Response response = mappers.unstorable(
                new PgException("unsupported Unicode escape sequence", "ERROR", "22P05", null), uri);
        assertEquals(400, response.getStatus());
        assertEquals("text", ((Problem) response.getEntity()).errors().get(0).field());
    }

    @Test
    @DisplayName("half a surrogate pair, which jsonb refuses as bad JSON, is the client's mistake too: 400")
    void loneSurrogateIsABadRequest() {
        Response response = mappers.unstorable(new PgException("invalid input syntax for type json", "ERROR", "22P02",
                "Unicode low surrogate must follow a high surrogate."), uri);
        assertEquals(400, response.getStatus());
    }

    @Test
    @DisplayName("other database failures that are no outage stay server errors")
    void otherDatabaseFailuresStayServerErrors() {
        Response response = mappers.unstorable(new PgException("value too long", "ERROR", "22001", null), uri);
        assertEquals(500, response.getStatus());
    }
}
