package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.platform.security.CurrentCaller;
import gov.enforcement.platform.security.Roles;
import gov.enforcement.review.deadlines.ReviewDeadlines;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** {@code /api/v1/reviews}: the review queue and the review workflow (L-OPINION … L-TIME). */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private static final String OVERDUE = "OVERDUE";

    private final Pool pool;
    private final ReviewStore store;
    private final ReviewCommands commands;
    private final CurrentCaller caller;
    private final Clock clock;
    private final Reviewers reviewers;
    private final SubmissionCommands submissions;
    private final SignOffCommands signOffs;

    public ReviewResource(Pool pool, ReviewStore store, ReviewCommands commands, CurrentCaller caller, Clock clock,
                          Reviewers reviewers, SubmissionCommands submissions, SignOffCommands signOffs) {
        this.pool = pool;
        this.signOffs = signOffs;
        this.submissions = submissions;
        this.reviewers = reviewers;
        this.store = store;
        this.commands = commands;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The review queue: status OPEN, ASSIGNED, PAUSED, PENDING_SIGN_OFF, RETURNED, APPROVED, SUPERSEDED or OVERDUE"
            + " (comma-separated; default OPEN,ASSIGNED); assignee (me = the caller), caseId; page from 0 and size 1-200"
            + " (default 50), 400 naming the field otherwise")
    public Uni<List<ReviewView>> queue(@QueryParam("status") String status, @QueryParam("agency") String agency,
                                       @QueryParam("assignee") String assignee, @QueryParam("caseId") String caseId,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        Caller reader = caller.get();
        String scope = reader.listScope(agency);
        List<String> asked = status == null || status.isBlank() ? List.of("OPEN", "ASSIGNED")
                : Arrays.stream(status.split(",")).map(String::trim).toList();
        boolean overdueOnly = asked.contains(OVERDUE);
        for (String s : asked) {
            if (!OVERDUE.equals(s) && Arrays.stream(ReviewStatus.values()).noneMatch(v -> v.name().equals(s))) {
                throw Problems.invalidField("status", "unknown status " + s);
            }
        }
        List<String> statuses = overdueOnly ? List.of("OPEN", "ASSIGNED") : asked;
        LocalDate today = LocalDate.now(clock);
        String holder = assignee == null || assignee.isBlank() ? null : "me".equals(assignee.strip()) ? reader.subject()
                : assignee.strip();
        QueueFilter filter = new QueueFilter(scope, statuses, overdueOnly ? today : null, holder, QueueFilter.caseId(caseId),
                QueueFilter.page(page), QueueFilter.size(size));
        return reviewers.seen(reader).chain(() -> store.queue(pool, filter))
                .map(reviews -> reviews.stream().map(r -> view(r, List.of(), today)).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One review with its history: opinions with their checklists and signatures, coordination, counsel notes, collective discussion")
    public Uni<ReviewView> get(@PathParam("id") UUID id) {
        Caller reader = caller.get();
        return reviewers.seen(reader).chain(() -> store.find(pool, id)).chain(found -> {
            Review review = found.orElseThrow(() -> Problems.notFound("review " + id));
            reader.requireAgency(review.agency());
            return store.history(pool, id).map(history -> view(review, history, LocalDate.now(clock)));
        });
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Submit the materials for review with the declaration of their truth and completeness, answering"
            + " every problem the reviewer raised; a paused review resumes (L-RESPONSIBILITY, L-OPINION, L-TIME)")
    public Uni<Review> submit(@PathParam("id") UUID id, Requests.Submission body) {
        return submissions.submit(id, caller.get(), body);
    }

    @POST
    @Path("/{id}/supplement-requests")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Ask the undertaking unit for supplementary materials, naming the problems; the deadline pauses"
            + " until the materials are submitted again (L-OPINION, L-TIME)")
    public Uni<Review> requestSupplement(@PathParam("id") UUID id, Requests.SupplementRequest body) {
        Caller reviewer = caller.get();
        return reviewers.seen(reviewer).chain(() -> submissions.requestSupplement(id, reviewer, body));
    }

    @POST
    @Path("/{id}/claim")
    @Consumes(MediaType.WILDCARD) // a claim has no body; a bare POST must not be a 415
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Claim an open review of one's agency (X-SEPARATE checked)")
    public Uni<Review> claim(@PathParam("id") UUID id) {
        Caller reviewer = caller.get();
        return reviewers.seen(reviewer).chain(() -> commands.claim(id, reviewer));
    }

    @POST
    @Path("/{id}/unclaim")
    @Consumes(MediaType.WILDCARD) // no body, as for a claim
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Give a held review back to the agency's reviewers before the opinion (L-OPINION: 409 when not yours)")
    public Uni<Review> unclaim(@PathParam("id") UUID id) {
        Caller reviewer = caller.get();
        return reviewers.seen(reviewer).chain(() -> commands.unclaim(id, reviewer));
    }

    @POST
    @Path("/{id}/delegation")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Hand a held review to another reviewer of the agency: 403 X-SEPARATE for an investigator, registrar,"
            + " drafter or submitter of the case, 422 L-OPINION naming reviewer for anyone not known as a reviewer of the agency")
    public Uni<Review> delegate(@PathParam("id") UUID id, Requests.Assign body) {
        Caller holder = caller.get();
        return reviewers.seen(holder).chain(() -> commands.delegate(id, holder, body));
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Assign (or reassign) an undecided review of the admin's own agency to a reviewer of that agency"
            + " (X-SEPARATE checked)")
    public Uni<Review> assign(@PathParam("id") UUID id, Requests.Assign body) {
        return commands.assign(id, caller.get(), body);
    }

    @POST
    @Path("/{id}/opinions")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "The signed opinion: APPROVE, or RETURN with problems; all seven checks (L-OPINION, L-ITEMS)")
    public Uni<Review> opinion(@PathParam("id") UUID id, Requests.Opinion body) {
        Caller reviewer = caller.get();
        return reviewers.seen(reviewer).chain(() -> commands.opinion(id, reviewer, body));
    }

    @POST
    @Path("/{id}/sign-off")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "负责人复核: a head reviewer (group head-reviewer) signs off the first reviewer's opinion, which is"
            + " then given, or sends it back (two-level sign-off, review.sign-off.agencies)")
    public Uni<Review> signOff(@PathParam("id") UUID id, Requests.SignOffDecision body) {
        Caller head = caller.get();
        return reviewers.seen(head).chain(() -> signOffs.decide(id, head, body));
    }

    @POST
    @Path("/{id}/coordination")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The outcome of a coordination between the undertaking unit and the review body (L-COORDINATE)")
    public Uni<Review> coordination(@PathParam("id") UUID id, Requests.Coordination body) {
        return commands.coordination(id, caller.get(), body);
    }

    @POST
    @Path("/{id}/counsel-notes")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "A legal counsel's advisory note (L-COUNSEL)")
    public Uni<Review> counselNote(@PathParam("id") UUID id, Requests.CounselNote body) {
        return commands.counselNote(id, caller.get(), body);
    }

    @POST
    @Path("/{id}/collective-discussion")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The collective discussion of an approved major draft (L-COLLECTIVE): outcome APPROVED, AMENDED or REFUSED")
    public Uni<Review> discussion(@PathParam("id") UUID id, Requests.Discussion body) {
        return commands.discussion(id, caller.get(), body);
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The one extension of the deadline, in working days (L-TIME)")
    public Uni<Review> extension(@PathParam("id") UUID id, Requests.Extension body) {
        return commands.extension(id, caller.get(), body);
    }

    private static ReviewView view(Review review, List<ReviewStore.HistoryEntry> history, LocalDate today) {
        return new ReviewView(review, review.status().isRunning() && ReviewDeadlines.isOverdue(review.dueOn(), today),
                history);
    }
}
