package gov.enforcement.review.reviews;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.Roles;
import gov.enforcement.review.deadlines.Deadline;
import gov.enforcement.review.deadlines.DeadlineConfig;
import gov.enforcement.review.deadlines.ReviewDeadlines;
import gov.enforcement.review.qualifications.QualificationRegistry;
import gov.enforcement.review.qualifications.QualificationRules;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Runs the review commands: lock the review, apply the rules, then state, history and outbox in one transaction. */
@ApplicationScoped
public class ReviewCommands {

    private final Pool pool;
    private final ReviewStore store;
    private final Outbox outbox;
    private final ReviewDeadlines deadlines;
    private final Clock clock;
    private final Reviewers reviewers;
    private final ObjectMapper json;
    private final QualificationRegistry qualifications;
    private final OpinionIssuer issuer;
    private final SignOff signOff;

    public ReviewCommands(Pool pool, ReviewStore store, Outbox outbox, ReviewDeadlines deadlines, Clock clock, Reviewers reviewers,
                          ObjectMapper json, QualificationRegistry qualifications, OpinionIssuer issuer, SignOff signOff) {
        this.pool = pool;
        this.qualifications = qualifications;
        this.issuer = issuer;
        this.signOff = signOff;
        this.json = json;
        this.store = store;
        this.reviewers = reviewers;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Uni<Review> claim(UUID reviewId, Caller reviewer) {
        return withReview(reviewId, reviewer, (tx, review, people) -> qualified(tx, review, reviewer).chain(() -> {
            ReviewRules.claim(review, reviewer, people);
            return assigned(tx, review, reviewer.subject(), reviewer.subject(), true);
        }));
    }

    public Uni<Review> assign(UUID reviewId, Caller admin, Requests.Assign to) {
        return withReview(reviewId, admin, (tx, review, people) -> reviewers.agenciesOf(tx, to == null ? null : to.reviewer())
                .chain(agencies -> {
                    ReviewRules.assign(review, to, people, agencies);
                    return qualifiedAssignee(tx, review, to.reviewer());
                })
                .chain(() -> assigned(tx, review, to.reviewer(), admin.subject(), false)));
    }

    public Uni<Review> unclaim(UUID reviewId, Caller reviewer) {
        return withReview(reviewId, reviewer, (tx, review, people) -> {
            ReviewRules.unclaim(review, reviewer);
            ReviewStatus back = review.status() == ReviewStatus.PAUSED ? ReviewStatus.PAUSED : ReviewStatus.OPEN;
            TaskEvent.ReviewUnclaimed event = new TaskEvent.ReviewUnclaimed(review.caseId(), review.reviewId(),
                    review.draftHash(), reviewer.subject());
            return record(tx, review.withStatus(back, null), event.type(), json.valueToTree(event), reviewer.subject());
        });
    }

    /** The holder hands over: published as an assignment by the holder (claimed false). */
    public Uni<Review> delegate(UUID reviewId, Caller holder, Requests.Assign to) {
        return withReview(reviewId, holder, (tx, review, people) -> reviewers.agenciesOf(tx, to == null ? null : to.reviewer())
                .chain(agencies -> {
                    ReviewRules.delegate(review, holder, to, people, agencies);
                    return qualifiedAssignee(tx, review, to.reviewer());
                })
                .chain(() -> assigned(tx, review, to.reviewer(), holder.subject(), false)));
    }

    /**
     * The opinion: given at once, or, where the agency has two-level sign-off, kept as proposed (PENDING_SIGN_OFF,
     * nothing published) until a head reviewer signs it off.
     */
    public Uni<Review> opinion(UUID reviewId, Caller reviewer, Requests.Opinion opinion) {
        return withReview(reviewId, reviewer, (tx, review, people) -> qualified(tx, review, reviewer).chain(() -> {
            ReviewRules.opinion(review, reviewer, opinion, people);
            OpinionIssuer.Final given = new OpinionIssuer.Final(opinion.outcome(), Checklist.ordered(opinion.items()),
                    Checklist.blank(opinion.problems()) ? null : opinion.problems(), reviewer.subject(), null);
            if (signOff.requiredFor(review.agency())) {
                return propose(tx, review, given);
            }
            return issuer.give(this, tx, review, given, reviewer.subject());
        }));
    }

    private Uni<Review> propose(SqlConnection tx, Review review, OpinionIssuer.Final opinion) {
        ObjectNode data = json.valueToTree(opinion);
        data.remove("signedOffBy");
        data.put("proposedAt", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        Review pending = review.withStatus(ReviewStatus.PENDING_SIGN_OFF, review.reviewer());
        return store.update(tx, pending).chain(() -> store.addHistory(tx, review.reviewId(), SignOff.PROPOSED, data,
                opinion.reviewer())).replaceWith(pending);
    }

    public Uni<Review> coordination(UUID reviewId, Caller caller, Requests.Coordination coordination) {
        return withReview(reviewId, caller, (tx, review, people) -> {
            Review next = ReviewRules.coordination(review, coordination);
            ObjectNode data = ReviewEvents.data(review).put("disagreement", coordination.disagreement())
                    .put("outcome", coordination.outcome()).put("recordedBy", caller.subject());
            return record(tx, next, EventTypes.LEGAL_REVIEW_COORDINATION_RESOLVED, data, caller.subject());
        });
    }

    public Uni<Review> counselNote(UUID reviewId, Caller caller, Requests.CounselNote note) {
        return withReview(reviewId, caller, (tx, review, people) -> {
            ReviewRules.counselNote(review, note);
            ObjectNode data = ReviewEvents.data(review).put("counsel", note.counsel()).put("note", note.note())
                    .put("recordedBy", caller.subject());
            return record(tx, review, EventTypes.LEGAL_REVIEW_COUNSEL_NOTE_GIVEN, data, caller.subject());
        });
    }

    public Uni<Review> discussion(UUID reviewId, Caller caller, Requests.Discussion discussion) {
        return withReview(reviewId, caller, (tx, review, people) -> {
            ReviewRules.discussion(review, discussion);
            ObjectNode data = ReviewEvents.data(review).put("heldOn", discussion.heldOn().toString());
            ArrayNode participants = data.putArray("participants");
            discussion.participants().forEach(participants::add);
            data.put("outcome", discussion.outcome()).put("recordedBy", caller.subject());
            return record(tx, review.discussedCollectively(), EventTypes.LEGAL_REVIEW_COLLECTIVE_DISCUSSION_HELD, data,
                    caller.subject());
        });
    }

    public Uni<Review> extension(UUID reviewId, Caller caller, Requests.Extension extension) {
        return withReview(reviewId, caller, (tx, review, people) -> {
            if (!caller.hasRole(Roles.ADMIN) && !caller.subject().equals(review.reviewer())) {
                throw Problems.forbidden("L-TIME", "only the assigned reviewer or an admin extends a review");
            }
            ReviewRules.extension(review, extension);
            Deadline extended = deadlines.extend(review.dueOn());
            ObjectNode data = ReviewEvents.data(review).put("previousDueOn", review.dueOn().toString())
                    .put("dueOn", extended.dueOn().toString()).put("reason", extension.reason())
                    .put("extendedBy", caller.subject()).put("calendarVersion", extended.calendarVersion());
            return record(tx, review.extendedTo(extended.dueOn(), extended.calendarVersion()),
                    EventTypes.LEGAL_REVIEW_EXTENDED, data, caller.subject());
        });
    }

    /** L-RESPONSIBILITY (Penalty Law art 58): the caller holds a qualification at the review's agency, valid today. */
    Uni<Void> qualified(SqlConnection tx, Review review, Caller reviewer) {
        return qualifications.find(tx, review.agency(), reviewer.subject()).invoke(found ->
                QualificationRules.requireQualified(found, reviewer.subject(), review.agency(), today())).replaceWithVoid();
    }

    /** The same for the person a review is handed to, who would otherwise hold a review they cannot decide. */
    private Uni<Void> qualifiedAssignee(SqlConnection tx, Review review, String subject) {
        return qualifications.find(tx, review.agency(), subject).invoke(found ->
                QualificationRules.requireQualifiedAssignee(found, subject, review.agency(), today())).replaceWithVoid();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DeadlineConfig.ZONE));
    }

    private Uni<Review> assigned(SqlConnection tx, Review review, String reviewer, String by, boolean claimed) {
        // a paused review stays paused with its new holder
        Review next = review.withStatus(review.status() == ReviewStatus.PAUSED ? ReviewStatus.PAUSED : ReviewStatus.ASSIGNED,
                reviewer);
        ObjectNode data = ReviewEvents.data(review).put("reviewer", reviewer).put("assignedBy", by).put("claimed", claimed);
        return record(tx, next, EventTypes.LEGAL_REVIEW_ASSIGNED, data, by);
    }

    /** State, history and the event in the caller's transaction. */
    Uni<Review> record(SqlConnection tx, Review next, EventType type, ObjectNode data, String by) {
        return store.update(tx, next)
                .chain(() -> store.addHistory(tx, next.reviewId(), type.name(), data, by))
                .chain(() -> outbox.add(tx, ReviewEvents.of(type, next, data)))
                .replaceWith(next);
    }

    /** A command on one locked review, knowing who investigated or drafted its case. */
    interface Command {
        Uni<Review> apply(SqlConnection tx, Review review, Participants people);
    }

    Uni<Review> withReview(UUID reviewId, Caller caller, Command command) {
        return pool.withTransaction(tx -> store.lock(tx, reviewId).chain(found -> {
                    Review review = found.orElseThrow(() -> Problems.notFound("review " + reviewId));
                    // every command writes: an admin (who reads every agency) writes only into its own
                    caller.requireWritable(review.agency());
                    return store.participants(tx, review.caseId()).chain(people -> {
                        // X-SEPARATE: whoever investigated or drafted the case does nothing on its review
                        ReviewRules.requireSeparate(people, caller.subject(), caller.certificate());
                        return command.apply(tx, review, people);
                    });
                }))
                .invoke(outbox::committed);
    }
}
