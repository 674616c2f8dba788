package gov.enforcement.review.drafts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.review.catalogue.CatalogueStore;
import gov.enforcement.review.catalogue.Classification;
import gov.enforcement.review.catalogue.Classifier;
import gov.enforcement.review.catalogue.Criterion;
import gov.enforcement.review.deadlines.Deadline;
import gov.enforcement.review.deadlines.ReviewDeadlines;
import gov.enforcement.review.reviews.Review;
import gov.enforcement.review.reviews.ReviewEvents;
import gov.enforcement.review.reviews.ReviewStatus;
import gov.enforcement.review.reviews.ReviewStore;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * L-CATALOGUE and the start of the workflow: every DecisionDrafted is classified by the catalogue in force; a major
 * one opens a review; a later draft of the same case supersedes the undecided review and carries its diff.
 */
@ApplicationScoped
public class DraftIntake {

    private final DraftStore drafts;
    private final CatalogueStore catalogues;
    private final ReviewStore reviews;
    private final ReviewDeadlines deadlines;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;

    public DraftIntake(DraftStore drafts, CatalogueStore catalogues, ReviewStore reviews, ReviewDeadlines deadlines,
                       Outbox outbox, Clock clock, ObjectMapper json) {
        this.drafts = drafts;
        this.catalogues = catalogues;
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
    }

    /** Runs inside the consumer's transaction; the same draft twice (same hash) is classified once. */
    public Uni<Void> drafted(SqlConnection tx, CloudEvent event) {
        UUID caseId = UUID.fromString(event.subject());
        Draft draft = Draft.of(event.data());
        return drafts.exists(tx, caseId, draft.draftHash()).chain(seen -> seen ? Uni.createFrom().voidItem()
                : drafts.caseFacts(tx, caseId).chain(facts -> catalogues.current(tx).chain(catalogue -> {
                    Classification classification = Classifier.classify(draft, facts.category(), event.agency(), catalogue);
                    return drafts.latestContent(tx, caseId).chain(previous -> drafts
                            .insert(tx, caseId, event.agency(), draft, classification)
                            .chain(() -> outbox.add(tx, classified(caseId, event, draft, classification)))
                            .chain(() -> reviews.latestOfCase(tx, caseId))
                            .chain(before -> reviews.supersedeUndecided(tx, caseId).replaceWith(before))
                            .chain(before -> classification.major()
                                    ? open(tx, caseId, event, draft, submitter(draft, facts.registeredBy()), before, previous)
                                    : Uni.createFrom().voidItem()));
                })));
    }

    /** L-RESPONSIBILITY: the drafter submits the draft; before drafts named them, the registering officer stood in. */
    static String submitter(Draft draft, String registeredBy) {
        return draft.draftedBy() != null ? draft.draftedBy() : registeredBy;
    }

    private Uni<Void> open(SqlConnection tx, UUID caseId, CloudEvent event, Draft draft, String submitter,
                           Optional<Review> before, Optional<JsonObject> previous) {
        LocalDate today = LocalDate.now(clock);
        Deadline deadline = deadlines.forReviewOpenedOn(today);
        Review review = new Review(UUID.randomUUID(), caseId, event.agency(), draft.draftHash(), draft.revision(),
                before.map(Review::reviewId).orElse(null), ReviewStatus.OPEN, submitter, null, today, deadline.dueOn(),
                deadline.calendarVersion(), false, null, false);
        ObjectNode opened = ReviewEvents.data(review).put("revision", draft.revision()).put("openedOn", today.toString())
                .put("dueOn", deadline.dueOn().toString()).put("calendarVersion", deadline.calendarVersion())
                .put("submitter", submitter);
        Uni<Void> done = reviews.insert(tx, review)
                .chain(() -> reviews.addHistory(tx, review.reviewId(), "ReviewOpened", opened, "legal-review-service"))
                .chain(() -> outbox.add(tx, ReviewEvents.of(EventTypes.LEGAL_REVIEW_OPENED, caseId, event.agency(),
                        event.id().toString(), opened)));
        if (previous.isEmpty()) {
            return done;
        }
        ObjectNode resubmitted = resubmitted(review, previous.get(), draft);
        return done.chain(() -> reviews.addHistory(tx, review.reviewId(), "DraftResubmitted", resubmitted, "legal-review-service"))
                .chain(() -> outbox.add(tx, ReviewEvents.of(EventTypes.LEGAL_REVIEW_DRAFT_RESUBMITTED, caseId,
                        event.agency(), event.id().toString(), resubmitted)));
    }

    private ObjectNode resubmitted(Review review, JsonObject previous, Draft draft) {
        ObjectNode before = (ObjectNode) read(previous);
        ObjectNode data = ReviewEvents.data(review);
        data.put("previousReviewId", review.previousReviewId() == null ? null : review.previousReviewId().toString())
                .put("previousDraftHash", before.path("draftHash").asText()).put("revision", draft.revision());
        ArrayNode changes = data.putArray("changes");
        DraftDiff.between(before, draft.content()).forEach(c -> changes.addObject()
                .put("field", c.field()).put("before", c.before()).put("after", c.after()));
        return data;
    }

    private static CloudEvent classified(UUID caseId, CloudEvent drafted, Draft draft, Classification classification) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("caseId", caseId.toString())
                .put("draftHash", draft.draftHash()).put("revision", draft.revision()).put("major", classification.major())
                .put("catalogueVersion", String.valueOf(classification.catalogueVersion()));
        ArrayNode criteria = data.putArray("criteria");
        List<String> codes = classification.criteria().stream().map(Criterion::name).sorted().toList();
        codes.forEach(criteria::add);
        return ReviewEvents.of(EventTypes.LEGAL_REVIEW_DECISION_CLASSIFIED, caseId, drafted.agency(),
                drafted.id().toString(), data);
    }

    private com.fasterxml.jackson.databind.JsonNode read(JsonObject content) {
        try {
            return json.readTree(content.encode());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
