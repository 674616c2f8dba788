package gov.enforcement.review.reviews;

import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The reviewers of each agency, as their verified tokens name them; the token has no other directory. */
@ApplicationScoped
public class Reviewers {

    private final Pool pool;
    /** What is already stored, so that a reviewer's every call is not also a write. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public Reviewers(Pool pool) {
        this.pool = pool;
    }

    /** Records the caller's agency when the caller is a reviewer with one. */
    public Uni<Void> seen(Caller caller) {
        if (!caller.hasRole(Roles.REVIEWER) || caller.subject() == null || caller.agency() == null
                || caller.agency().isBlank() || known.contains(key(caller.subject(), caller.agency()))) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("insert into reviewers (subject, agency) values ($1, $2) on conflict do nothing")
                .execute(Tuple.of(caller.subject(), caller.agency()))
                .invoke(() -> known.add(key(caller.subject(), caller.agency())))
                .replaceWithVoid();
    }

    /** The agencies {@code subject} has called from as a reviewer; empty when unknown. */
    public Uni<Set<String>> agenciesOf(SqlClient db, String subject) {
        if (subject == null) {
            return Uni.createFrom().item(Set.of());
        }
        return db.preparedQuery("select agency from reviewers where subject = $1").execute(Tuple.of(subject))
                .map(rows -> {
                    Set<String> agencies = new HashSet<>();
                    rows.forEach(row -> agencies.add(row.getString(0)));
                    return agencies;
                });
    }

    private static String key(String subject, String agency) {
        return agency + "\u0000" + subject;
    }
}
