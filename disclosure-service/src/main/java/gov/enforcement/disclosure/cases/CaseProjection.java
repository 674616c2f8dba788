package gov.enforcement.disclosure.cases;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.disclosure.progress.ProgressCodes;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/** Keeps the per-case state disclosure needs: registration, drafts by hash, and the steps for D-PROGRESS. */
@ApplicationScoped
public class CaseProjection {

    /** A plain insert, so that a case applied twice would fail loudly instead of being hidden by an upsert. */
    public Uni<Void> register(SqlConnection tx, CloudEvent event) {
        JsonNode data = event.data();
        JsonNode parties = data.path("parties").isArray() ? data.get("parties") : CloudEventCodec.mapper().createArrayNode();
        return tx.preparedQuery("insert into disclosure_cases (case_id, agency, case_number, category, registered_at,"
                        + " case_version, unit, matter, parties, progress_code) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)")
                .execute(Tuple.from(Arrays.asList(UUID.fromString(data.path("caseId").asText()),
                        data.path("agency").asText(), data.path("caseNumber").asText(), data.path("category").asText(),
                        OffsetDateTime.parse(data.path("registeredAt").asText()), event.caseVersion(),
                        data.hasNonNull("unit") ? data.get("unit").asText() : null,
                        data.hasNonNull("matter") ? data.get("matter").asText() : null,
                        new JsonArray(parties.toString()), ProgressCodes.newCode())))
                .chain(() -> insertStep(tx, event));
    }

    /** Every later step, in stream order; nothing of the step's data but its kind and time. */
    public Uni<Void> recordStep(SqlConnection tx, CloudEvent event) {
        return tx.preparedQuery("update disclosure_cases set case_version = greatest(case_version, $2) where case_id = $1")
                .execute(Tuple.of(UUID.fromString(event.subject()), event.caseVersion() == null ? 0L : event.caseVersion()))
                .chain(() -> insertStep(tx, event));
    }

    // one row per step: appending never rewrites what a busy case already has
    private Uni<Void> insertStep(SqlConnection tx, CloudEvent event) {
        String name = event.knownType().map(t -> t.name()).orElse(event.type());
        return tx.preparedQuery("insert into disclosure_case_steps (case_id, version, step, at)"
                        + " select $1, coalesce($2, (select coalesce(max(version), 0) + 1 from disclosure_case_steps"
                        + " where case_id = $1)), $3, $4 on conflict do nothing")
                .execute(Tuple.of(UUID.fromString(event.subject()), event.caseVersion(), name, event.time()))
                .replaceWithVoid();
    }

    /** DecisionIssued names its draft by hash, so every draft is kept by its hash. */
    public Uni<Void> recordDraft(SqlConnection tx, CloudEvent event) {
        String hash = event.data().path("draftHash").asText();
        return tx.preparedQuery("update disclosure_cases set drafts = drafts || jsonb_build_object($2::text, $3::jsonb)"
                        + " where case_id = $1")
                .execute(Tuple.of(UUID.fromString(event.subject()), hash, new JsonObject(event.data().toString())))
                .replaceWithVoid();
    }
}
