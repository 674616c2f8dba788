package gov.enforcement.review.drafts;

import gov.enforcement.review.catalogue.Classification;
import gov.enforcement.review.catalogue.Criterion;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** The drafts legal review saw, with their classification. */
@ApplicationScoped
public class DraftStore {

    /** What legal review knows of a case from CaseRegistered (absent when it never saw the registration). */
    public record CaseFacts(String category, String registeredBy) {
    }

    public Uni<Boolean> exists(SqlClient db, UUID caseId, String draftHash) {
        return db.preparedQuery("select 1 from drafts where case_id = $1 and draft_hash = $2")
                .execute(Tuple.of(caseId, draftHash)).map(rows -> rows.rowCount() > 0);
    }

    /** The latest draft of the case before this one: the base of a resubmission's diff. */
    public Uni<Optional<JsonObject>> latestContent(SqlClient db, UUID caseId) {
        return db.preparedQuery("select content from drafts where case_id = $1 order by revision desc, classified_at desc limit 1")
                .execute(Tuple.of(caseId))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(rows.iterator().next().getJsonObject("content"))
                        : Optional.empty());
    }

    public Uni<Void> insert(SqlClient db, UUID caseId, String agency, Draft draft, Classification classification) {
        return db.preparedQuery("insert into drafts (case_id, draft_hash, revision, agency, content, major,"
                        + " catalogue_version, criteria) values ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.from(new Object[]{caseId, draft.draftHash(), draft.revision(), agency,
                        new JsonObject(draft.content().toString()), classification.major(),
                        classification.catalogueVersion(),
                        classification.criteria().stream().map(Criterion::name).sorted().toArray(String[]::new)}))
                .replaceWithVoid();
    }

    public Uni<CaseFacts> caseFacts(SqlClient db, UUID caseId) {
        return db.preparedQuery("select category, registered_by from review_cases where case_id = $1")
                .execute(Tuple.of(caseId))
                .map(rows -> rows.iterator().hasNext()
                        ? new CaseFacts(rows.iterator().next().getString("category"),
                        rows.iterator().next().getString("registered_by"))
                        : new CaseFacts(null, null));
    }
}
