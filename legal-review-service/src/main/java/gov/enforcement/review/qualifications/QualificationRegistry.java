package gov.enforcement.review.qualifications;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code reviewer_qualifications}: each reviewer's qualification per agency (Penalty Law art 58). Until a registry
 * of reviewers feeds it, it is seeded from {@code review.qualifications.seed} at start, as recording's officer
 * certificates are; a seeded entry replaces the row of the same agency and subject.
 */
@ApplicationScoped
public class QualificationRegistry {

    private final Pool pool;
    private final Optional<String> seed;

    public QualificationRegistry(Pool pool, @ConfigProperty(name = "review.qualifications.seed") Optional<String> seed) {
        this.pool = pool;
        this.seed = seed;
    }

    void onStart(@Observes StartupEvent start) {
        List<Qualification> entries = QualificationRules.parseSeed(seed.orElse(null));
        for (Qualification q : entries) {
            pool.preparedQuery("insert into reviewer_qualifications (subject, agency, certificate_number, kind, valid_from,"
                            + " valid_to) values ($1, $2, $3, $4, $5, $6) on conflict (agency, subject) do update set"
                            + " certificate_number = excluded.certificate_number, kind = excluded.kind,"
                            + " valid_from = excluded.valid_from, valid_to = excluded.valid_to, registered_at = now()")
                    .execute(Tuple.tuple().addString(q.subject()).addString(q.agency()).addString(q.certificateNumber())
                            .addString(q.kind().name()).addLocalDate(q.validFrom()).addLocalDate(q.validTo()))
                    .await().atMost(Duration.ofSeconds(30));
        }
        Log.infof("L-RESPONSIBILITY: %d reviewer qualifications seeded from review.qualifications.seed", entries.size());
    }

    /** The qualification of {@code subject} at {@code agency}, if registered. */
    public Uni<Optional<Qualification>> find(SqlClient db, String agency, String subject) {
        if (subject == null || agency == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return db.preparedQuery("select * from reviewer_qualifications where agency = $1 and subject = $2")
                .execute(Tuple.of(agency, subject))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toQualification(rows.iterator().next())));
    }

    private static Qualification toQualification(Row row) {
        return new Qualification(row.getString("subject"), row.getString("agency"), row.getString("certificate_number"),
                QualificationKind.valueOf(row.getString("kind")), row.getLocalDate("valid_from"), row.getLocalDate("valid_to"));
    }
}
