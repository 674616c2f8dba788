package gov.enforcement.testing;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.Record;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A probe application for the kit's own tests: JWT, JDBC, reactive PostgreSQL and Kafka, as a service has them. */
@Path("/probe")
public class ProbeResource {

    @Inject
    JsonWebToken jwt;

    @Inject
    DataSource dataSource;

    @Inject
    Pool reactivePool;

    @Inject
    @Channel("probe-out")
    Emitter<Record<String, String>> out;

    @GET
    @Path("/whoami")
    @RolesAllowed("officer")
    public String whoami() {
        return jwt.getName() + "|" + jwt.getClaim("agency") + "|" + jwt.getClaim("cert");
    }

    @GET
    @Path("/databases")
    @PermitAll
    public Uni<String> databases() throws SQLException {
        String viaJdbc;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_database()")) {
            rs.next();
            viaJdbc = rs.getString(1);
        }
        return reactivePool.query("select current_database()").execute()
                .map(rows -> viaJdbc + "|" + rows.iterator().next().getString(0));
    }

    @POST
    @Path("/emit/{key}")
    @PermitAll
    public Uni<Void> emit(@PathParam("key") String key, String body) {
        return Uni.createFrom().completionStage(out.send(Record.of(key, body)));
    }
}
