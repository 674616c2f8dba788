package gov.enforcement.review.reviews;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.EventTypes;
import gov.enforcement.review.deadlines.DeadlineConfig;
import gov.enforcement.review.signing.Signer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Gives an opinion that is final: numbered, signed and published as ReviewOpinionGiven, in the caller's transaction.
 * With two-level sign-off this happens at the head reviewer's sign-off, so only signed-off opinions take a number.
 */
@ApplicationScoped
class OpinionIssuer {

    /** The opinion as its reviewer gave it (L-ITEMS order, blank problems as null), and who signed it off if anyone. */
    record Final(String outcome, List<ItemResult> items, String problems, String reviewer, String signedOffBy) {
    }

    private final ReviewStore store;
    private final Signer signer;
    private final OpinionNumbers numbers;
    private final Clock clock;

    public OpinionIssuer(ReviewStore store, Signer signer, OpinionNumbers numbers, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.numbers = numbers;
        this.clock = clock;
    }

    Uni<Review> give(ReviewCommands commands, SqlConnection tx, Review review, Final opinion, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String givenAt = now.truncatedTo(ChronoUnit.MILLIS).toString();
        byte[] text = OpinionText.canonical(review.caseId().toString(), review.reviewId().toString(), review.draftHash(),
                opinion.outcome(), opinion.items(), opinion.problems(), opinion.reviewer(), givenAt, opinion.signedOffBy());
        ReviewStatus decided = ReviewRules.APPROVE.equals(opinion.outcome()) ? ReviewStatus.APPROVED : ReviewStatus.RETURNED;
        // a returned draft's problems are answered, one by one, when the redraft is submitted
        List<String> raised = decided == ReviewStatus.RETURNED ? SubmissionRules.returnedProblems(opinion.problems()) : List.of();
        return numbers.next(tx, review.agency(), now.atZoneSameInstant(DeadlineConfig.ZONE).getYear())
                .chain(number -> store.raiseProblems(tx, review.reviewId(), raised, opinion.reviewer()).replaceWith(number))
                .chain(number -> signer.sign(text).chain(signature -> {
                    ObjectNode data = ReviewEvents.data(review).put("outcome", opinion.outcome());
                    ArrayNode array = data.putArray("items");
                    opinion.items().forEach(i -> array.addObject().put("item", i.item()).put("passed", i.passed())
                            .put("comment", i.comment()));
                    data.put("problems", opinion.problems()).put("reviewer", opinion.reviewer())
                            .put("signature", signature.signature()).put("keyId", signature.keyId())
                            .put("givenAt", givenAt).put("opinionNumber", number);
                    if (opinion.signedOffBy() != null) {
                        data.put("signedOffBy", opinion.signedOffBy());
                    }
                    return commands.record(tx, review.withStatus(decided, review.reviewer()).numbered(number),
                            EventTypes.LEGAL_REVIEW_OPINION_GIVEN, data, by);
                }));
    }
}
