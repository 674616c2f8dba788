package gov.enforcement.recording.cases;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.messaging.PoisonMessageException;
import io.smallrye.mutiny.Uni;
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

    /** Applies a registry event; entries without a matter code (published before codes were kept) name no matter. */
    public Uni<Void> apply(SqlConnection tx, CloudEvent event) {
        JsonNode d = event.data();
        if (EventTypes.REGISTRY_POWER_PUBLISHED.typeName().equals(event.type()) && d.hasNonNull("matterCode")) {
            // a later version of an entry replaces the earlier; an older one arriving late does not
            return tx.preparedQuery("insert into registry_matters (agency, matter_code, entry_id, version, matter, legal_basis)"
                            + " values ($1, $2, $3, $4, $5, $6) on conflict (agency, matter_code) do update set"
                            + " entry_id = excluded.entry_id, version = excluded.version, matter = excluded.matter,"
                            + " legal_basis = excluded.legal_basis, updated_at = now()"
                            + " where registry_matters.entry_id <> excluded.entry_id or registry_matters.version <= excluded.version")
                    .execute(Tuple.from(Arrays.asList(text(d, "agency"), text(d, "matterCode"),
                            UUID.fromString(text(d, "entryId")), d.path("version").asInt(1), text(d, "matter"),
                            text(d, "legalBasis"))))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** The agency's published matters among {@code matterCodes}: what the commands at hand name. */
    public Uni<MasterData> load(SqlConnection tx, String agency, Collection<String> matterCodes) {
        List<String> codes = matterCodes.stream().filter(Objects::nonNull).distinct().toList();
        if (codes.isEmpty()) {
            return Uni.createFrom().item(MasterData.NONE);
        }
        return tx.preparedQuery("select matter_code, matter, legal_basis from registry_matters"
                        + " where agency = $1 and matter_code = any($2)")
                .execute(Tuple.of(agency, codes.toArray(String[]::new)))
                .map(rows -> {
                    List<MasterData.Matter> known = new ArrayList<>();
                    rows.forEach(r -> known.add(new MasterData.Matter(agency, r.getString("matter_code"),
                            r.getString("matter"), r.getString("legal_basis"))));
                    return MasterData.ofMatters(known);
                });
    }

    private static String text(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("registry event lacks " + field);
        }
        return value;
    }
}
