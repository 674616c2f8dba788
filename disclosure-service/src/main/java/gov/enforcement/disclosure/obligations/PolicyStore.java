package gov.enforcement.disclosure.obligations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Optional;

/** Matter policies (D-POST-EXEMPT) and agency policies (D-WORKFLOW auto-publish). */
@ApplicationScoped
public class PolicyStore {

    public Uni<Optional<MatterPolicy>> matter(SqlClient client, String matter) {
        return client.preparedQuery("select matter, publishable, deadline_days, reason from matter_policies where matter = $1")
                .execute(Tuple.of(matter)).map(rows -> {
                    if (rows.rowCount() == 0) {
                        return Optional.empty();
                    }
                    Row r = rows.iterator().next();
                    return Optional.of(new MatterPolicy(r.getString("matter"), r.getBoolean("publishable"),
                            r.getInteger("deadline_days"), r.getString("reason")));
                });
    }

    public Uni<Void> putMatter(SqlClient client, MatterPolicy policy, String by) {
        return client.preparedQuery("insert into matter_policies (matter, publishable, deadline_days, reason, updated_by)"
                        + " values ($1, $2, $3, $4, $5) on conflict (matter) do update set publishable = excluded.publishable,"
                        + " deadline_days = excluded.deadline_days, reason = excluded.reason,"
                        + " updated_by = excluded.updated_by, updated_at = now()")
                .execute(Tuple.from(Arrays.asList(policy.matter(), policy.publishable(), policy.deadlineDays(),
                        policy.reason(), by)))
                .replaceWithVoid();
    }

    public Uni<Boolean> autoPublish(SqlClient client, String agency) {
        return client.preparedQuery("select auto_publish from agency_policies where agency = $1").execute(Tuple.of(agency))
                .map(rows -> rows.rowCount() > 0 && rows.iterator().next().getBoolean(0));
    }

    public Uni<Void> putAgency(SqlClient client, String agency, boolean autoPublish, String by) {
        return client.preparedQuery("insert into agency_policies (agency, auto_publish, updated_by) values ($1, $2, $3)"
                        + " on conflict (agency) do update set auto_publish = excluded.auto_publish,"
                        + " updated_by = excluded.updated_by, updated_at = now()")
                .execute(Tuple.of(agency, autoPublish, by)).replaceWithVoid();
    }
}
