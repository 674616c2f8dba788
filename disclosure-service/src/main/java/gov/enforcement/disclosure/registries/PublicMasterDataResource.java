package gov.enforcement.disclosure.registries;

import gov.enforcement.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** P-MASTER: the public master data — discretion benchmarks (art 34: public) and the registry of agencies. */
@Path("/api/v1/public")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicMasterDataResource {

    private static final Pattern REGION = Pattern.compile("\\d{6}");

    private final Pool pool;

    public PublicMasterDataResource(Pool pool) {
        this.pool = pool;
    }

    /** A published benchmark as the public reads it. */
    public record PublicBenchmark(UUID entryId, int version, String code, String matterCode, String circumstance,
                                  String legalBasis, BigDecimal fineMin, BigDecimal fineMax, List<String> penaltyKinds,
                                  LocalDate effectiveFrom) {
    }

    /** A registered agency as the public reads it. */
    public record PublicAgency(UUID entryId, int version, String agency, String name, String regionCode, String level,
                               String supervisingJusticeBureau) {
    }

    @GET
    @Path("/benchmarks")
    @Operation(summary = "The agency's published discretion benchmarks, optionally of one matter (at most 1000, by code)")
    public Uni<List<PublicBenchmark>> benchmarks(@QueryParam("agency") String agency,
                                                 @QueryParam("matterCode") String matterCode) {
        if (matterCode != null && !PowerResource.MATTER_CODE.matcher(matterCode).matches()) {
            throw Problems.invalidField("matterCode", "is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return pool.preparedQuery("select * from registry_benchmarks where agency = $1"
                        + " and ($2::text is null or matter_code = $2) order by code limit " + PublicRegistries.LIMIT)
                .execute(Tuple.of(PublicRegistries.agency(agency), matterCode))
                .map(rows -> {
                    List<PublicBenchmark> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new PublicBenchmark(r.getUUID("entry_id"), r.getInteger("version"), r.getString("code"),
                                r.getString("matter_code"), r.getString("circumstance"), r.getString("legal_basis"),
                                r.getBigDecimal("fine_min"), r.getBigDecimal("fine_max"),
                                Arrays.asList(r.getArrayOfStrings("penalty_kinds")), r.getLocalDate("effective_from")));
                    }
                    return out;
                });
    }

    @GET
    @Path("/agencies")
    @Operation(summary = "Registered enforcement agencies, optionally of one region or supervised by one justice bureau"
            + " (at most 1000, by region and name)")
    public Uni<List<PublicAgency>> agencies(@QueryParam("regionCode") String regionCode,
                                            @QueryParam("supervisedBy") String supervisedBy) {
        if (regionCode != null && !REGION.matcher(regionCode).matches()) {
            throw Problems.invalidField("regionCode", "is the six-digit administrative division code (GB/T 2260)");
        }
        if (supervisedBy != null && !gov.enforcement.platform.identity.CreditCode.isValid(supervisedBy)) {
            throw Problems.invalidField("supervisedBy", "must be a valid unified social credit code");
        }
        String bureau = supervisedBy;
        return pool.preparedQuery("select * from registry_agencies where ($1::text is null or region_code = $1)"
                        + " and ($2::text is null or supervising_justice_bureau = $2) order by region_code, name limit "
                        + PublicRegistries.LIMIT)
                .execute(Tuple.of(regionCode, bureau))
                .map(rows -> {
                    List<PublicAgency> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new PublicAgency(r.getUUID("entry_id"), r.getInteger("version"), r.getString("agency"),
                                r.getString("name"), r.getString("region_code"), r.getString("level"),
                                r.getString("supervising_justice_bureau")));
                    }
                    return out;
                });
    }
}
