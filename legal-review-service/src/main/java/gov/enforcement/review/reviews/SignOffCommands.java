package gov.enforcement.review.reviews;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** 负责人复核: the head reviewer signs off the proposed opinion (then it is given) or sends it back to its reviewer. */
@ApplicationScoped
public class SignOffCommands {

    private static final TypeReference<List<ItemResult>> ITEMS = new TypeReference<>() {
    };

    private final ReviewCommands commands;
    private final ReviewStore store;
    private final OpinionIssuer issuer;
    private final ObjectMapper json;

    public SignOffCommands(ReviewCommands commands, ReviewStore store, OpinionIssuer issuer, ObjectMapper json) {
        this.commands = commands;
        this.store = store;
        this.issuer = issuer;
        this.json = json;
    }

    public Uni<Review> decide(UUID reviewId, Caller head, Requests.SignOffDecision body) {
        return commands.withReview(reviewId, head, (tx, review, people) -> commands.qualified(tx, review, head).chain(() -> {
            SignOff.Decision decision = SignOff.decide(review, head, body);
            if (decision == SignOff.Decision.SEND_BACK) {
                return sendBack(tx, review, head, body.comment());
            }
            return store.latestHistory(tx, reviewId, SignOff.PROPOSED).chain(found -> {
                JsonNode proposed = found.orElseThrow(() -> new IllegalStateException(
                        "review " + reviewId + " waits for sign-off but keeps no proposed opinion"));
                OpinionIssuer.Final opinion = new OpinionIssuer.Final(proposed.path("outcome").asText(),
                        json.convertValue(proposed.path("items"), ITEMS),
                        proposed.path("problems").isTextual() ? proposed.path("problems").asText() : null,
                        review.reviewer(), head.subject());
                return issuer.give(commands, tx, review, opinion, head.subject());
            });
        }));
    }

    /** The opinion goes back to its reviewer, who gives it again (and it waits for a sign-off again). */
    private Uni<Review> sendBack(SqlConnection tx, Review review, Caller head, String comment) {
        Review back = review.withStatus(ReviewStatus.ASSIGNED, review.reviewer());
        ObjectNode data = json.createObjectNode().put("reviewer", review.reviewer()).put("sentBackBy", head.subject())
                .put("comment", comment);
        return store.update(tx, back).chain(() -> store.addHistory(tx, review.reviewId(), SignOff.SENT_BACK, data,
                head.subject())).replaceWith(back);
    }
}
