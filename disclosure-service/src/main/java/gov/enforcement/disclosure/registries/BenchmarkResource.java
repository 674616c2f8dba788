package gov.enforcement.disclosure.registries;

import gov.enforcement.disclosure.records.Today;
import gov.enforcement.events.EventTypes;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * P-MASTER, Penalty Law art 34: the agency publishes its discretion benchmarks (裁量基准), one circumstance of a matter
 * each with its fine range and the penalty kinds it allows; drafts cite them by code and recording holds them to it.
 * Publishing a code again publishes its next version.
 */
@Path("/api/v1/registries/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISCLOSURE_CLERK)
public class BenchmarkResource {

    static final Set<String> PENALTY_KINDS = Set.of("WARNING", "CRITICISM", "FINE", "CONFISCATE_ILLEGAL_GAINS",
            "CONFISCATE_ILLEGAL_PROPERTY", "SUSPEND_LICENCE", "LOWER_QUALIFICATION", "REVOKE_LICENCE", "RESTRICT_BUSINESS",
            "ORDER_SUSPENSION", "ORDER_CLOSURE", "RESTRICT_EMPLOYMENT", "DETENTION", "OTHER");
    private static final BigDecimal MAX_FINE = new BigDecimal("999999999999.99");
    private static final int MAX_TEXT = 2000;

    private final Pool pool;
    private final Outbox outbox;
    private final CurrentCaller caller;
    private final Today today;

    public BenchmarkResource(Pool pool, Outbox outbox, CurrentCaller caller, Today today) {
        this.pool = pool;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
    }

    /** One benchmark as the clerk publishes it; amounts in yuan, null for no bound; no kinds: any kind. */
    public record Benchmark(String matterCode, String circumstance, String legalBasis, BigDecimal fineMin,
                            BigDecimal fineMax, List<String> penaltyKinds, LocalDate effectiveFrom) {
    }

    /** What was published: the entry and its version. */
    public record Published(UUID entryId, String code, int version) {
    }

    /** DiscretionBenchmarkPublished's data; amounts as decimal strings, null for no bound. */
    record BenchmarkPublished(UUID entryId, String agency, int version, String code, String matterCode,
                              String circumstance, String legalBasis, String fineMin, String fineMax,
                              List<String> penaltyKinds, String effectiveFrom, String at) {
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a discretion benchmark of the caller's agency under {code}, or its next version")
    public Uni<Published> publish(@PathParam("code") String code, Benchmark b) {
        Caller who = caller.get();
        String agency = who.requireOwnAgency();
        List<FieldError> errors = problems(code, b);
        if (!errors.isEmpty()) {
            throw Problems.invalidFields(errors);
        }
        List<String> kinds = b.penaltyKinds() == null ? List.of() : b.penaltyKinds();
        return pool.withTransaction(tx -> tx.preparedQuery("insert into registry_benchmarks (entry_id, agency, code,"
                                + " matter_code, circumstance, legal_basis, fine_min, fine_max, penalty_kinds, effective_from)"
                                + " values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) on conflict (agency, code) do update set"
                                + " version = registry_benchmarks.version + 1, matter_code = excluded.matter_code,"
                                + " circumstance = excluded.circumstance, legal_basis = excluded.legal_basis,"
                                + " fine_min = excluded.fine_min, fine_max = excluded.fine_max,"
                                + " penalty_kinds = excluded.penalty_kinds, effective_from = excluded.effective_from,"
                                + " updated_at = now() returning *")
                        .execute(Tuple.from(Arrays.asList(UUID.randomUUID(), agency, code, b.matterCode(),
                                b.circumstance(), b.legalBasis(), b.fineMin(), b.fineMax(), kinds.toArray(String[]::new),
                                b.effectiveFrom())))
                        .chain(rows -> {
                            Row r = rows.iterator().next();
                            UUID id = r.getUUID("entry_id");
                            int version = r.getInteger("version");
                            var data = new BenchmarkPublished(id, agency, version, code, r.getString("matter_code"),
                                    r.getString("circumstance"), r.getString("legal_basis"),
                                    plain(r.getBigDecimal("fine_min")), plain(r.getBigDecimal("fine_max")),
                                    List.of(r.getArrayOfStrings("penalty_kinds")), r.getLocalDate("effective_from").toString(),
                                    today.now().toString());
                            return outbox.add(tx, RegistryEvents.event(EventTypes.REGISTRY_BENCHMARK_PUBLISHED, id, agency,
                                    version, data)).replaceWith(new Published(id, code, version));
                        }))
                .invoke(outbox::committed);
    }

    /** Every problem of form at once. */
    static List<FieldError> problems(String code, Benchmark b) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !PowerResource.MATTER_CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "is 1 to 64 letters, digits, '.', '_' or '-'"));
        }
        if (b == null) {
            errors.add(new FieldError("body", "is required"));
            return errors;
        }
        if (b.matterCode() != null && !PowerResource.MATTER_CODE.matcher(b.matterCode()).matches()) {
            errors.add(new FieldError("matterCode", "is 1 to 64 letters, digits, '.', '_' or '-'"));
        }
        requireText(errors, "circumstance", b.circumstance());
        requireText(errors, "legalBasis", b.legalBasis());
        requireAmount(errors, "fineMin", b.fineMin());
        requireAmount(errors, "fineMax", b.fineMax());
        if (b.fineMin() != null && b.fineMax() != null && b.fineMin().compareTo(b.fineMax()) > 0) {
            errors.add(new FieldError("fineMax", "is not below fineMin"));
        }
        List<String> kinds = b.penaltyKinds() == null ? List.of() : b.penaltyKinds();
        for (int i = 0; i < kinds.size(); i++) {
            if (!PENALTY_KINDS.contains(kinds.get(i))) {
                errors.add(new FieldError("penaltyKinds[" + i + "]", "is one of the Penalty Law art 9 kinds " + PENALTY_KINDS));
            }
        }
        if (kinds.stream().distinct().count() != kinds.size()) {
            errors.add(new FieldError("penaltyKinds", "names each kind once"));
        }
        if (b.effectiveFrom() == null) {
            errors.add(new FieldError("effectiveFrom", "is required (yyyy-MM-dd)"));
        }
        return errors;
    }

    private static void requireText(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "is required, at most " + MAX_TEXT + " characters"));
        }
    }

    private static void requireAmount(List<FieldError> errors, String field, BigDecimal amount) {
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(MAX_FINE) > 0)) {
            errors.add(new FieldError(field, "is yuan from 0 to " + MAX_FINE.toPlainString() + " with at most 2 decimals"));
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
