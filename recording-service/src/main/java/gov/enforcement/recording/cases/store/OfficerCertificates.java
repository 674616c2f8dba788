package gov.enforcement.recording.cases.store;

import gov.enforcement.recording.cases.domain.CaseCategory;
import gov.enforcement.recording.cases.domain.OfficerCertificate;
import gov.enforcement.recording.cases.domain.OfficerRegistry;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.platform.messaging.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;

/**
 * X-TWO's certificates from the officer registry's events, over the configured seed, keyed like the registry
 * by agency and number. A listed certificate counts for every action category of its agency: the registry
 * names an enforcement domain, not a category.
 */
@ApplicationScoped
public class OfficerCertificates {

    static final String LISTED = "gov.enforcement.registry.OfficerListed.v1";
    static final String DELISTED = "gov.enforcement.registry.OfficerDelisted.v1";

    /** Applies a registry event in the consumer's transaction; other registry events are not about officers. */
    public Uni<Void> apply(SqlConnection tx, CloudEvent event) {
        JsonNode d = event.data();
        if (LISTED.equals(event.type())) {
            return tx.preparedQuery("insert into officer_certificates (certificate, entry_id, agency, name, enforcement_type,"
                            + " valid_from, valid_to, listed) values ($1, $2, $3, $4, $5, $6, $7, true)"
                            + " on conflict (agency, certificate) do update set entry_id = excluded.entry_id,"
                            + " name = excluded.name, enforcement_type = excluded.enforcement_type, valid_from = excluded.valid_from,"
                            + " valid_to = excluded.valid_to, listed = true, updated_at = now()")
                    .execute(Tuple.from(List.of(text(d, "certificate"), java.util.UUID.fromString(text(d, "entryId")),
                            text(d, "agency"), text(d, "name"), d.path("enforcementType").asText(""),
                            LocalDate.parse(text(d, "validFrom")), LocalDate.parse(text(d, "validTo")))))
                    .replaceWithVoid();
        }
        if (DELISTED.equals(event.type())) {
            return tx.preparedQuery("update officer_certificates set listed = false, updated_at = now()"
                            + " where agency = $1 and certificate = $2")
                    .execute(Tuple.of(text(d, "agency"), text(d, "certificate"))).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** The seed, overlaid with what the registry says about these certificate numbers, at every agency that has one. */
    public Uni<OfficerRegistry> registryFor(SqlConnection tx, List<String> certificates, OfficerRegistry seed) {
        if (certificates == null || certificates.isEmpty()) {
            return Uni.createFrom().item(seed);
        }
        return tx.preparedQuery("select certificate, agency, name, valid_from, valid_to, listed from officer_certificates"
                        + " where certificate = any($1)").execute(Tuple.of(certificates.toArray(String[]::new)))
                .map(rows -> {
                    List<OfficerCertificate> known = new ArrayList<>();
                    rows.forEach(row -> known.add(new OfficerCertificate(
                            row.getString("certificate"), row.getString("name"), row.getString("agency"),
                            row.getBoolean("listed") ? EnumSet.allOf(CaseCategory.class) : EnumSet.noneOf(CaseCategory.class),
                            row.getLocalDate("valid_from"), row.getLocalDate("valid_to"))));
                    return known.isEmpty() ? seed : seed.overlaidWith(known);
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
