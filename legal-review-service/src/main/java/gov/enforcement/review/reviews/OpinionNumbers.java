package gov.enforcement.review.reviews;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

/**
 * Opinion document numbers ({@code <prefix>法审〔<year>〕<n>号}), gap-free per agency and year: the counter row is
 * taken in the opinion's transaction, so a refused or failed opinion gives its number back and two opinions wait
 * for each other. The prefix is {@code review.opinion-number.prefix.<agency>}, else the default prefix.
 */
@ApplicationScoped
public class OpinionNumbers {

    private final Config config;

    public OpinionNumbers(Config config) {
        this.config = config;
    }

    public static String format(String prefix, int year, int number) {
        return prefix + "法审〔" + year + "〕" + number + "号";
    }

    public Uni<String> next(SqlClient tx, String agency, int year) {
        return tx.preparedQuery("insert into opinion_numbers (agency, year, last_number) values ($1, $2, 1)"
                        + " on conflict (agency, year) do update set last_number = opinion_numbers.last_number + 1"
                        + " returning last_number")
                .execute(Tuple.of(agency, year))
                .map(rows -> format(prefix(agency), year, rows.iterator().next().getInteger("last_number")));
    }

    String prefix(String agency) {
        return config.getOptionalValue("review.opinion-number.prefix." + agency, String.class)
                .or(() -> config.getOptionalValue("review.opinion-number.default-prefix", String.class))
                .orElse("");
    }
}
