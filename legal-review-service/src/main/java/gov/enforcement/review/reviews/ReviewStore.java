package gov.enforcement.review.reviews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Reviews, their history and the case participants in PostgreSQL. */
@ApplicationScoped
public class ReviewStore {

    /** One recorded step of a review: the published event's data. */
    public record HistoryEntry(String kind, JsonNode data, String recordedBy, OffsetDateTime recordedAt) {
    }

    private final ObjectMapper json;

    public ReviewStore(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Void> insert(SqlClient db, Review r) {
        return db.preparedQuery("insert into reviews (review_id, case_id, agency, draft_hash, revision, previous_review_id,"
                        + " status, submitter, reviewer, opened_on, due_on, calendar_version) values"
                        + " ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
                .execute(Tuple.from(new Object[]{r.reviewId(), r.caseId(), r.agency(), r.draftHash(), r.revision(),
                        r.previousReviewId(), r.status().name(), r.submitter(), r.reviewer(), r.openedOn(), r.dueOn(),
                        r.calendarVersion()}))
                .replaceWithVoid();
    }

    public Uni<Optional<Review>> find(SqlClient db, UUID reviewId) {
        return one(db, "select * from reviews where review_id = $1", reviewId);
    }

    /** The review, locked until the transaction ends, so that two commands on it run one after the other. */
    public Uni<Optional<Review>> lock(SqlClient db, UUID reviewId) {
        return one(db, "select * from reviews where review_id = $1 for update", reviewId);
    }

    public Uni<Optional<Review>> latestOfCase(SqlClient db, UUID caseId) {
        return one(db, "select * from reviews where case_id = $1 order by opened_at desc, revision desc limit 1", caseId);
    }

    /** One page of the queue, in deadline order (ties by opening and id, so pages do not overlap). */
    public Uni<List<Review>> queue(SqlClient db, QueueFilter filter) {
        Tuple args = Tuple.of(filter.agency(), filter.statuses().toArray(new String[0]), filter.overdueBefore(),
                filter.assignee(), filter.caseId());
        args.addValue(filter.size()).addValue(filter.page() * filter.size());
        return db.preparedQuery("select * from reviews where ($1::text is null or agency = $1) and status = any($2)"
                        + " and ($3::date is null or (due_on < $3 and status in ('OPEN', 'ASSIGNED', 'PENDING_SIGN_OFF')))"
                        + " and ($4::text is null or reviewer = $4) and ($5::uuid is null or case_id = $5)"
                        + " order by due_on, opened_at, review_id limit $6 offset $7").execute(args)
                .map(rows -> {
                    List<Review> found = new ArrayList<>();
                    rows.forEach(row -> found.add(toReview(row)));
                    return found;
                });
    }

    public Uni<Void> update(SqlClient db, Review r) {
        return db.preparedQuery("update reviews set status = $2, reviewer = $3, due_on = $4, calendar_version = $5,"
                        + " extended = $6, overdue_raised_on = $7, discussed = $8, submitted = $9, paused_on = $10,"
                        + " opinion_number = $11 where review_id = $1")
                .execute(Tuple.from(new Object[]{r.reviewId(), r.status().name(), r.reviewer(), r.dueOn(),
                        r.calendarVersion(), r.extended(), r.overdueRaisedOn(), r.discussed(), r.submitted(), r.pausedOn(),
                        r.opinionNumber()}))
                .replaceWithVoid();
    }

    /** Undecided reviews of the case, which a newer draft replaces. */
    public Uni<List<UUID>> supersedeUndecided(SqlClient db, UUID caseId) {
        return db.preparedQuery("update reviews set status = 'SUPERSEDED' where case_id = $1"
                        + " and status in ('OPEN', 'ASSIGNED', 'PAUSED', 'PENDING_SIGN_OFF') returning review_id").execute(Tuple.of(caseId))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("review_id")));
                    return ids;
                });
    }

    public Uni<Void> addHistory(SqlClient db, UUID reviewId, String kind, JsonNode data, String recordedBy) {
        return db.preparedQuery("insert into review_history (review_id, kind, data, recorded_by) values ($1, $2, $3, $4)")
                .execute(Tuple.of(reviewId, kind, new JsonObject(data.toString()), recordedBy)).replaceWithVoid();
    }

    /** The latest step of this kind, e.g. the opinion waiting for its sign-off. */
    public Uni<Optional<JsonNode>> latestHistory(SqlClient db, UUID reviewId, String kind) {
        return db.preparedQuery("select data from review_history where review_id = $1 and kind = $2 order by seq desc limit 1")
                .execute(Tuple.of(reviewId, kind))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(read(rows.iterator().next().getJsonObject("data"))));
    }

    public Uni<List<HistoryEntry>> history(SqlClient db, UUID reviewId) {
        return db.preparedQuery("select * from review_history where review_id = $1 order by seq").execute(Tuple.of(reviewId))
                .map(rows -> {
                    List<HistoryEntry> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(new HistoryEntry(row.getString("kind"), read(row.getJsonObject("data")),
                            row.getString("recorded_by"), row.getOffsetDateTime("recorded_at"))));
                    return entries;
                });
    }

    /** X-SEPARATE: who investigated or drafted the case. */
    public Uni<Participants> participants(SqlClient db, UUID caseId) {
        return db.preparedQuery("select kind, value from case_participants where case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> {
                    Set<String> certificates = new HashSet<>();
                    Set<String> subjects = new HashSet<>();
                    rows.forEach(row -> ("CERTIFICATE".equals(row.getString("kind")) ? certificates : subjects)
                            .add(row.getString("value")));
                    return new Participants(Set.copyOf(certificates), Set.copyOf(subjects));
                });
    }

    /** X-SEPARATE: whoever submitted a review answers for its materials and does not review them. */
    public Uni<Void> addParticipant(SqlClient db, UUID caseId, String subject, String certificate) {
        List<Tuple> rows = new ArrayList<>();
        rows.add(Tuple.of(caseId, "SUBJECT", subject));
        if (certificate != null && !certificate.isBlank()) {
            rows.add(Tuple.of(caseId, "CERTIFICATE", certificate));
        }
        return db.preparedQuery("insert into case_participants (case_id, kind, value) values ($1, $2, $3)"
                + " on conflict do nothing").executeBatch(rows).replaceWithVoid();
    }

    /** The review's unanswered problems, in their order. */
    public Uni<List<RaisedProblem>> openProblems(SqlClient db, UUID reviewId) {
        return db.preparedQuery("select number, text from review_problems where review_id = $1 and answer is null"
                        + " order by number").execute(Tuple.of(reviewId))
                .map(rows -> {
                    List<RaisedProblem> found = new ArrayList<>();
                    rows.forEach(row -> found.add(new RaisedProblem(row.getInteger("number"), row.getString("text"))));
                    return found;
                });
    }

    /** Records new problems of the review, numbered after those it already has; gives them with their numbers. */
    public Uni<List<RaisedProblem>> raiseProblems(SqlClient db, UUID reviewId, List<String> texts, String raisedBy) {
        return db.preparedQuery("select coalesce(max(number), 0) as last from review_problems where review_id = $1")
                .execute(Tuple.of(reviewId)).chain(rows -> {
                    int last = rows.iterator().next().getInteger("last");
                    List<RaisedProblem> raised = new ArrayList<>();
                    for (String text : texts) {
                        raised.add(new RaisedProblem(++last, text));
                    }
                    if (raised.isEmpty()) {
                        return Uni.createFrom().item(raised);
                    }
                    return db.preparedQuery("insert into review_problems (review_id, number, text, raised_by)"
                                    + " values ($1, $2, $3, $4)")
                            .executeBatch(raised.stream().map(p -> Tuple.of(reviewId, p.number(), p.text(), raisedBy)).toList())
                            .replaceWith(raised);
                });
    }

    public Uni<Void> answer(SqlClient db, UUID reviewId, List<Answer> answers, String answeredBy) {
        if (answers.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return db.preparedQuery("update review_problems set answer = $3, answered_by = $4, answered_at = now()"
                        + " where review_id = $1 and number = $2")
                .executeBatch(answers.stream().map(a -> Tuple.of(reviewId, a.problem(), a.answer(), answeredBy)).toList())
                .replaceWithVoid();
    }

    /** Undecided reviews past their last day whose ReviewOverdue is not raised yet, locked for this check only. */
    public Uni<List<Review>> overdueToRaise(SqlClient db, LocalDate today) {
        return db.preparedQuery("select * from reviews where status in ('OPEN', 'ASSIGNED', 'PENDING_SIGN_OFF') and due_on < $1"
                        + " and overdue_raised_on is null order by due_on limit 100 for update skip locked")
                .execute(Tuple.of(today))
                .map(rows -> {
                    List<Review> found = new ArrayList<>();
                    rows.forEach(row -> found.add(toReview(row)));
                    return found;
                });
    }

    public Uni<Map<String, Long>> overdueByAgency(SqlClient db, LocalDate today) {
        return db.preparedQuery("select agency, count(*) as n from reviews where status in ('OPEN', 'ASSIGNED', 'PENDING_SIGN_OFF')"
                        + " and due_on < $1 group by agency").execute(Tuple.of(today))
                .map(rows -> {
                    Map<String, Long> counts = new TreeMap<>();
                    rows.forEach(row -> counts.put(row.getString("agency"), row.getLong("n")));
                    return counts;
                });
    }

    private Uni<Optional<Review>> one(SqlClient db, String sql, UUID id) {
        return db.preparedQuery(sql).execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(toReview(rows.iterator().next())) : Optional.empty());
    }

    private JsonNode read(JsonObject data) {
        try {
            return json.readTree(data.encode());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Review toReview(Row row) {
        return new Review(row.getUUID("review_id"), row.getUUID("case_id"), row.getString("agency"),
                row.getString("draft_hash"), row.getInteger("revision"), row.getUUID("previous_review_id"),
                ReviewStatus.valueOf(row.getString("status")), row.getString("submitter"), row.getString("reviewer"),
                row.getLocalDate("opened_on"), row.getLocalDate("due_on"), row.getString("calendar_version"),
                row.getBoolean("extended"), row.getLocalDate("overdue_raised_on"), row.getBoolean("discussed"),
                row.getBoolean("submitted"), row.getLocalDate("paused_on"), row.getString("opinion_number"));
    }
}
