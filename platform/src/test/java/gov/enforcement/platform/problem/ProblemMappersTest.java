package gov.enforcement.platform.problem;

import io.vertx.pgclient.PgException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();
    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{UriInfo.class},
            (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/cases" : null);

    @Test
    @DisplayName("text PostgreSQL cannot store (U+0000) is the client's mistake: 400, not 500")
    void unstorableTextIsABadRequest() {
        Response response = mappers.unstorable(
                new PgException("unsupported Unicode escape sequence", "ERROR", "22P05", null), uri);
        assertEquals(400, response.getStatus());
        assertEquals("text", ((Problem) response.getEntity()).errors().get(0).field());
    }

    @Test
    void otherDatabaseFailuresStayServerErrors() {
        Response response = mappers.unstorable(new PgException("deadlock detected", "ERROR", "40P01", null), uri);
        assertEquals(500, response.getStatus());
    }
}
