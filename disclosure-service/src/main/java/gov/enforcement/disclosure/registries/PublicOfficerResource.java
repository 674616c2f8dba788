package gov.enforcement.disclosure.registries;

import gov.enforcement.disclosure.records.Today;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/** D-PRE-OFFICERS: the public officer list: confirmed by the justice bureau and holding a valid certificate today. */
@Path("/api/v1/public/officers")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicOfficerResource {

    private final Pool pool;
    private final Today today;

    public PublicOfficerResource(Pool pool, Today today) {
        this.pool = pool;
        this.today = today;
    }

    @GET
    @Operation(summary = "The agency's officers: name, position, enforcement type, certificate, validity")
    public Uni<List<Map<String, Object>>> list(@QueryParam("agency") String agency) {
        return pool.preparedQuery("select entry_id, name, position, enforcement_type, certificate, valid_from, valid_to"
                        + " from registry_officers where agency = $1 and status = 'APPROVED' and valid_from <= $2"
                        + " and valid_to >= $2 order by certificate limit " + PublicRegistries.LIMIT)
                .execute(Tuple.of(PublicRegistries.agency(agency), today.date()))
                .map(rows -> PublicRegistries.rows(rows, "entry_id", "name", "position", "enforcement_type", "certificate",
                        "valid_from", "valid_to"));
    }
}
