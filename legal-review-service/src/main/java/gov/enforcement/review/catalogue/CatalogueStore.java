package gov.enforcement.review.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The catalogue versions in PostgreSQL: append-only, the highest version is in force. */
@ApplicationScoped
public class CatalogueStore {

    private final ObjectMapper json;

    public CatalogueStore(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Catalogue> current(SqlClient db) {
        return db.query("select * from catalogue_versions order by version desc limit 1").execute()
                .map(rows -> rows.iterator().hasNext() ? toCatalogue(rows.iterator().next()) : null)
                .onItem().ifNull().failWith(() -> new IllegalStateException("no catalogue version in force"));
    }

    public Uni<Optional<Catalogue>> version(SqlClient db, int version) {
        return db.preparedQuery("select * from catalogue_versions where version = $1").execute(Tuple.of(version))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(toCatalogue(rows.iterator().next())) : Optional.empty());
    }

    /**
     * Adds the next version when {@code basedOn} is the version in force, else empty. Writers queue on a
     * transaction lock, so the second of two based on the same version sees the first's and is refused.
     */
    public Uni<Optional<Catalogue>> add(SqlClient db, CatalogueRules rules, String createdBy, int basedOn) {
        return db.query("select pg_advisory_xact_lock(hashtext('catalogue_versions'))").execute()
                .chain(() -> db.preparedQuery("insert into catalogue_versions (version, rules, created_by, replaces_version)"
                                + " select max(version) + 1, $1, $2, max(version) from catalogue_versions"
                                + " having max(version) = $3 returning *")
                        .execute(Tuple.of(toJson(rules), createdBy, basedOn)))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(toCatalogue(rows.iterator().next())) : Optional.empty());
    }

    private JsonObject toJson(CatalogueRules rules) {
        try {
            return new JsonObject(json.writeValueAsString(rules));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Catalogue toCatalogue(Row row) {
        try {
            CatalogueRules rules = json.readValue(row.getJsonObject("rules").encode(), CatalogueRules.class);
            return new Catalogue(row.getInteger("version"), rules, row.getString("created_by"),
                    row.getOffsetDateTime("created_at"), row.getInteger("replaces_version"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable catalogue version " + row.getInteger("version"), e);
        }
    }
}
