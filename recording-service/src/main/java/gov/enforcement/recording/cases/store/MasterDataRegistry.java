package gov.enforcement.recording.cases.store;

import gov.enforcement.recording.cases.domain.MasterData;
import gov.enforcement.recording.cases.domain.MatterProfile;
import gov.enforcement.recording.cases.domain.PenaltyKind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.messaging.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * P-MASTER from {@code enforcement.registry-events}: the coded matters of each agency's powers list, kept in the
 * consumer's transaction and read back for the commands that name them.
 */
@ApplicationScoped
public class MasterDataRegistry {

    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Applies a registry event; entries without a matter code (published before codes were kept) name no matter. */
    public Uni<Void> apply(SqlConnection tx, CloudEvent event) {
        JsonNode d = event.data();
        if (EventTypes.REGISTRY_POWER_PUBLISHED.typeName().equals(event.type()) && d.hasNonNull("matterCode")) {
            // a later version of an entry replaces the earlier; an older one arriving late does not
            return tx.preparedQuery("insert into registry_matters (agency, matter_code, entry_id, version, matter, legal_basis,"
                            + " profile) values ($1, $2, $3, $4, $5, $6, $7) on conflict (agency, matter_code) do update set"
                            + " entry_id = excluded.entry_id, version = excluded.version, matter = excluded.matter,"
                            + " legal_basis = excluded.legal_basis, profile = excluded.profile, updated_at = now()"
                            + " where registry_matters.entry_id <> excluded.entry_id or registry_matters.version <= excluded.version")
                    .execute(Tuple.from(Arrays.asList(text(d, "agency"), text(d, "matterCode"),
                            UUID.fromString(text(d, "entryId")), d.path("version").asInt(1), text(d, "matter"),
                            text(d, "legalBasis"), profileJson(d.path("procedure")))))
                    .replaceWithVoid();
        }
        if (EventTypes.REGISTRY_BENCHMARK_PUBLISHED.typeName().equals(event.type())) {
            return tx.preparedQuery("insert into registry_benchmarks (agency, code, entry_id, version, matter_code, fine_min,"
                            + " fine_max, penalty_kinds) values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (agency, code)"
                            + " do update set entry_id = excluded.entry_id, version = excluded.version,"
                            + " matter_code = excluded.matter_code, fine_min = excluded.fine_min,"
                            + " fine_max = excluded.fine_max, penalty_kinds = excluded.penalty_kinds, updated_at = now()"
                            + " where registry_benchmarks.version <= excluded.version")
                    .execute(Tuple.from(Arrays.asList(text(d, "agency"), text(d, "code"), UUID.fromString(text(d, "entryId")),
                            d.path("version").asInt(1), d.path("matterCode").asText(null), amount(d, "fineMin"),
                            amount(d, "fineMax"), penaltyKinds(d))))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** The discretion benchmarks of {@code agency} among {@code codes}, added to what {@code known} holds. */
    public Uni<MasterData> withBenchmarks(SqlConnection tx, MasterData known, String agency, Collection<String> codes) {
        List<String> wanted = codes.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty() || agency == null) {
            return Uni.createFrom().item(known);
        }
        return tx.preparedQuery("select code, matter_code, fine_min, fine_max, penalty_kinds from registry_benchmarks"
                        + " where agency = $1 and code = any($2)")
                .execute(Tuple.of(agency, wanted.toArray(String[]::new)))
                .map(rows -> {
                    List<MasterData.Benchmark> found = new ArrayList<>();
                    rows.forEach(r -> found.add(new MasterData.Benchmark(agency, r.getString("code"),
                            r.getString("matter_code"), r.getBigDecimal("fine_min"), r.getBigDecimal("fine_max"),
                            Arrays.stream(r.getArrayOfStrings("penalty_kinds")).map(PenaltyKind::valueOf).toList())));
                    return known.withBenchmarks(found);
                });
    }

    private static java.math.BigDecimal amount(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        try {
            return value == null ? null : new java.math.BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new PoisonMessageException("registry event has an unreadable " + field);
        }
    }

    private static String[] penaltyKinds(JsonNode data) {
        List<String> kinds = new ArrayList<>();
        data.path("penaltyKinds").forEach(k -> kinds.add(k.asText()));
        for (String kind : kinds) {
            try {
                PenaltyKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new PoisonMessageException("registry event names an unknown penalty kind " + kind);
            }
        }
        return kinds.toArray(String[]::new);
    }

    /** The agency's published matters among {@code matterCodes}: what the commands at hand name. */
    public Uni<MasterData> load(SqlConnection tx, String agency, Collection<String> matterCodes) {
        List<String> codes = matterCodes.stream().filter(Objects::nonNull).distinct().toList();
        if (codes.isEmpty()) {
            return Uni.createFrom().item(MasterData.NONE);
        }
        return tx.preparedQuery("select matter_code, matter, legal_basis, profile from registry_matters"
                        + " where agency = $1 and matter_code = any($2)")
                .execute(Tuple.of(agency, codes.toArray(String[]::new)))
                .map(rows -> {
                    List<MasterData.Matter> known = new ArrayList<>();
                    rows.forEach(r -> known.add(new MasterData.Matter(agency, r.getString("matter_code"),
                            r.getString("matter"), r.getString("legal_basis"), profile(r.getJsonObject("profile")))));
                    return MasterData.ofMatters(known);
                });
    }

    /** The entry's profile as published, checked here too: a profile this service cannot honour is a poison event. */
    private static JsonObject profileJson(JsonNode procedure) {
        if (procedure.isMissingNode() || procedure.isNull()) {
            return null;
        }
        try {
            return new JsonObject(READER.writeValueAsString(READER.treeToValue(procedure, MatterProfile.class)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException("registry event has a procedure profile this service cannot read: "
                    + e.getMessage());
        }
    }

    private static MatterProfile profile(JsonObject stored) {
        try {
            return stored == null ? null : READER.readValue(stored.encode(), MatterProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("registry_matters holds a profile this service cannot read", e);
        }
    }

    private static String text(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("registry event lacks " + field);
        }
        return value;
    }
}
