package gov.enforcement.disclosure.registries;

import gov.enforcement.disclosure.records.Today;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problem.FieldError;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * P-MASTER: the registry of enforcement agencies (执法主体) — name, credit code, region, level and the justice bureau
 * that supervises them (S-*). An agency's admin keeps its own agency's entry, and no other.
 */
@Path("/api/v1/registries/agencies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AgencyResource {

    /** Levels of government an agency belongs to. */
    public enum Level { NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP }

    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final int MAX_NAME = 200;

    private final Pool pool;
    private final Outbox outbox;
    private final CurrentCaller caller;
    private final Today today;

    public AgencyResource(Pool pool, Outbox outbox, CurrentCaller caller, Today today) {
        this.pool = pool;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
    }

    /** The agency as registered; {@code supervisingJusticeBureau} is the bureau's credit code. */
    public record Agency(String name, String regionCode, Level level, String supervisingJusticeBureau) {
    }

    /** What was registered: the entry and its version. */
    public record Registered(UUID entryId, String agency, int version) {
    }

    /** AgencyRegistered's data. */
    record AgencyRegistered(UUID entryId, String agency, int version, String name, String regionCode, String level,
                            String supervisingJusticeBureau, String at) {
    }

    @PUT
    @Path("/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an enforcement agency by its credit code, or publish its entry's next version")
    public Uni<Registered> register(@PathParam("agency") String creditCode, Agency a) {
        Caller who = caller.get();
        List<FieldError> errors = problems(creditCode, a);
        if (!errors.isEmpty()) {
            throw Problems.invalidFields(errors);
        }
        who.requireWritable(creditCode); // an agency's admin keeps its own entry only
        return pool.withTransaction(tx -> tx.preparedQuery("insert into registry_agencies (entry_id, agency, name,"
                                + " region_code, level, supervising_justice_bureau) values ($1,$2,$3,$4,$5,$6)"
                                + " on conflict (agency) do update set version = registry_agencies.version + 1,"
                                + " name = excluded.name, region_code = excluded.region_code, level = excluded.level,"
                                + " supervising_justice_bureau = excluded.supervising_justice_bureau, updated_at = now()"
                                + " returning *")
                        .execute(Tuple.from(Arrays.asList(UUID.randomUUID(), creditCode, a.name(), a.regionCode(),
                                a.level().name(), a.supervisingJusticeBureau())))
                        .chain(rows -> {
                            Row r = rows.iterator().next();
                            UUID id = r.getUUID("entry_id");
                            int version = r.getInteger("version");
                            var data = new AgencyRegistered(id, creditCode, version, r.getString("name"),
                                    r.getString("region_code"), r.getString("level"),
                                    r.getString("supervising_justice_bureau"), today.now().toString());
                            return outbox.add(tx, RegistryEvents.event(EventTypes.REGISTRY_AGENCY_REGISTERED, id,
                                    creditCode, version, data)).replaceWith(new Registered(id, creditCode, version));
                        }))
                .invoke(outbox::committed);
    }

    static List<FieldError> problems(String creditCode, Agency a) {
        List<FieldError> errors = new ArrayList<>();
        if (creditCode == null || !CreditCode.isValid(creditCode)) {
            errors.add(new FieldError("creditCode", "must be a valid unified social credit code"));
        }
        if (a == null) {
            errors.add(new FieldError("body", "is required"));
            return errors;
        }
        if (a.name() == null || a.name().isBlank() || a.name().length() > MAX_NAME) {
            errors.add(new FieldError("name", "is required, at most " + MAX_NAME + " characters"));
        }
        if (a.regionCode() == null || !REGION.matcher(a.regionCode()).matches()) {
            errors.add(new FieldError("regionCode", "is the six-digit administrative division code (GB/T 2260)"));
        }
        if (a.level() == null) {
            errors.add(new FieldError("level", "is one of " + Arrays.toString(Level.values())));
        }
        if (a.supervisingJusticeBureau() != null && !CreditCode.isValid(a.supervisingJusticeBureau())) {
            errors.add(new FieldError("supervisingJusticeBureau", "must be a valid unified social credit code"));
        }
        if (a.supervisingJusticeBureau() != null && a.supervisingJusticeBureau().equals(creditCode)) {
            errors.add(new FieldError("supervisingJusticeBureau", "is another agency: no agency supervises itself"));
        }
        return errors;
    }
}
