package gov.enforcement.review.reviews;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.review.deadlines.Deadline;
import gov.enforcement.review.deadlines.ReviewDeadlines;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Submission for review and supplement requests (seed 003 §14–§15): the pause and resumption of the deadline. */
@ApplicationScoped
public class SubmissionCommands {

    /** The problems a submission must answer, and the review they were raised on. */
    private record Open(UUID reviewId, List<RaisedProblem> problems) {
    }

    private final Pool pool;
    private final ReviewStore store;
    private final ReviewCommands commands;
    private final Outbox outbox;
    private final ReviewDeadlines deadlines;
    private final Clock clock;
    private final ObjectMapper json;

    public SubmissionCommands(Pool pool, ReviewStore store, ReviewCommands commands, Outbox outbox,
                              ReviewDeadlines deadlines, Clock clock, ObjectMapper json) {
        this.pool = pool;
        this.store = store;
        this.commands = commands;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.clock = clock;
        this.json = json;
    }

    /**
     * The undertaking unit submits (an officer of the review's agency; the drafter's separation from review does not
     * keep them from sending their own materials). The submitter is then a participant of the case (X-SEPARATE).
     */
    public Uni<Review> submit(UUID reviewId, Caller submitter, Requests.Submission submission) {
        return pool.withTransaction(tx -> store.lock(tx, reviewId).chain(found -> {
                    Review review = found.orElseThrow(() -> Problems.notFound("review " + reviewId));
                    submitter.requireWritable(review.agency());
                    return toAnswer(tx, review).chain(open -> {
                        SubmissionRules.Accepted accepted = SubmissionRules.submit(review, submitter, submission,
                                open.problems());
                        Deadline deadline = deadline(review, accepted.resumed(), LocalDate.now(clock));
                        Review next = review.submittedUntil(deadline.dueOn(), deadline.calendarVersion());
                        TaskEvent.ReviewSubmitted event = new TaskEvent.ReviewSubmitted(review.caseId(), review.reviewId(),
                                review.draftHash(), submitter.subject(), accepted.materials(), true, accepted.answers(),
                                accepted.resumed(), deadline.dueOn(), deadline.calendarVersion());
                        return store.answer(tx, open.reviewId(), accepted.answers(), submitter.subject())
                                .chain(() -> store.addParticipant(tx, review.caseId(), submitter.subject(),
                                        submitter.certificate()))
                                .chain(() -> record(tx, next, event, submitter.subject()));
                    });
                }))
                .invoke(outbox::committed);
    }

    /** The assigned reviewer asks for more: the problems are numbered, the clock stops today. */
    public Uni<Review> requestSupplement(UUID reviewId, Caller reviewer, Requests.SupplementRequest request) {
        return commands.withReview(reviewId, reviewer, (tx, review, people) -> {
            List<String> texts = SubmissionRules.requestSupplement(review, reviewer, request);
            LocalDate today = LocalDate.now(clock);
            return store.raiseProblems(tx, review.reviewId(), texts, reviewer.subject()).chain(raised -> record(tx,
                    review.pausedOn(today), new TaskEvent.SupplementRequested(review.caseId(), review.reviewId(),
                            review.draftHash(), raised, reviewer.subject(), today, review.dueOn(),
                            deadlines.remaining(today, review.dueOn())), reviewer.subject()));
        });
    }

    /**
     * L-TIME: the first submission starts the clock from its day (never earlier than the deadline already set); a
     * resubmission after a pause gives back the working days that were left.
     */
    private Deadline deadline(Review review, boolean resumed, LocalDate today) {
        if (resumed) {
            return deadlines.resume(review.pausedOn(), review.dueOn(), today);
        }
        Deadline fromToday = deadlines.forReviewOpenedOn(today);
        return fromToday.dueOn().isAfter(review.dueOn()) ? fromToday : new Deadline(review.dueOn(), review.calendarVersion());
    }

    /** This review's open problems; on a first submission after a RETURN, those of the returned review. */
    private Uni<Open> toAnswer(SqlConnection tx, Review review) {
        return store.openProblems(tx, review.reviewId()).chain(own -> {
            if (!own.isEmpty() || review.submitted() || review.previousReviewId() == null) {
                return Uni.createFrom().item(new Open(review.reviewId(), own));
            }
            return store.find(tx, review.previousReviewId()).chain(previous -> previous.isPresent()
                    && previous.get().status() == ReviewStatus.RETURNED
                    ? store.openProblems(tx, review.previousReviewId()).map(p -> new Open(review.previousReviewId(), p))
                    : Uni.createFrom().item(new Open(review.reviewId(), own)));
        });
    }

    private Uni<Review> record(SqlConnection tx, Review next, TaskEvent event, String by) {
        ObjectNode data = json.valueToTree(event);
        return commands.record(tx, next, event.type(), data, by);
    }
}
