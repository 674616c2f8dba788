package gov.enforcement.recording.analysis;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Counts a refused command for R-ANALYSE, in its own transaction: the refused command itself wrote nothing. */
@ApplicationScoped
public class Refusals {

    private final Pool pool;

    public Refusals(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> record(String agency, UUID caseId, String rule, String step) {
        if (agency == null || rule == null) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("insert into rule_refusals (agency, case_id, rule, step) values ($1, $2, $3, $4)")
                .execute(Tuple.of(agency, caseId, rule, step)).replaceWithVoid()
                .onFailure().recoverWithNull().replaceWithVoid(); // counting must never turn a 422 into a 500
    }
}
