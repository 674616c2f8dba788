package gov.enforcement.recording.cases;

import gov.enforcement.platform.correlation.Correlation;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.problem.VersionConflictException;
import gov.enforcement.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.sqlclient.SqlConnection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Runs case commands: decide, append to the stream and the outbox in one transaction, then ship. */
@ApplicationScoped
public class CaseCommands {

    private final Pool pool;
    private final CaseStore store;
    private final CaseNumbers numbers;
    private final CaseCloudEvents cloudEvents;
    private final Outbox outbox;
    private final IdempotencyKeys idempotency;
    private final StepParser parser;
    private final gov.enforcement.recording.analysis.Refusals refusals;
    private final OfficerCertificates certificates;
    private final OfficerRegistry officers;
    private final ZoneId zone;
    private final AudioVisualCatalogue audioVisual;
    private final boolean avBlocksClosing;

    public CaseCommands(Pool pool, CaseStore store, CaseNumbers numbers, CaseCloudEvents cloudEvents, Outbox outbox,
                        IdempotencyKeys idempotency, StepParser parser, CaseNumbers.Config numbering,
                        gov.enforcement.recording.analysis.Refusals refusals, OfficerCertificates certificates,
                        @ConfigProperty(name = "recording.officers.seed", defaultValue = " ") String officerSeed,
                        @ConfigProperty(name = "recording.av.required", defaultValue = " ") String avCatalogue,
                        @ConfigProperty(name = "recording.av.block-closing", defaultValue = "false") boolean avBlocksClosing) {
        this.pool = pool;
        this.store = store;
        this.numbers = numbers;
        this.cloudEvents = cloudEvents;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.parser = parser;
        this.refusals = refusals;
        this.certificates = certificates;
        this.officers = OfficerRegistry.parse(officerSeed);
        this.zone = ZoneId.of(numbering.zone());
        this.audioVisual = AudioVisualCatalogue.parse(avCatalogue);
        this.avBlocksClosing = avBlocksClosing;
    }

    /** The audio-visual catalogue in force, so that reads can flag what is missing. */
    public AudioVisualCatalogue audioVisual() {
        return audioVisual;
    }

    public Uni<RecordedEvent> register(RegisterCaseRequest request, Caller officer) {
        var problems = request.problems();
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(Problems.invalidFields(problems));
        }
        String agency = request.agency() == null ? officer.requireOwnAgency() : request.agency();
        if (!agency.equals(officer.agency())) {
            return Uni.createFrom().failure(Problems.forbidden("an officer registers cases of their own agency only"));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID caseId = UUID.randomUUID();
        return pool.withTransaction(tx -> numbers.next(tx, agency, now)
                        .map(caseNumber -> CaseDecider.decide(new RegisterCase(caseId, caseNumber, agency,
                                request.unit(), request.category(), request.matter(), request.parties(),
                                request.officers() == null ? List.of() : request.officers(), now, officer.subject()),
                                CaseState.NONE))
                        .chain(events -> store.start(tx, (CaseEvent.CaseRegistered) events.get(0), metadata(officer)))
                        .call(recorded -> outbox.add(tx, cloudEvents.toCloudEvent(recorded, agency))))
                .invoke(outbox::committed);
    }

    /**
     * Appends one officer step: decided on the stream as it is, written only if nobody appended meanwhile
     * ({@code expectedVersion}, from If-Match), answered once per Idempotency-Key.
     */
    public Uni<StepAppended> append(UUID caseId, AppendStepRequest request, Long expectedVersion, String idempotencyKey,
                                    Caller officer) {
        IdempotencyKeys.requireWellFormed(idempotencyKey);
        CaseEvent step = parser.parse(request);
        String requestHash = parser.hash(caseId, request, expectedVersion);
        // without If-Match the caller wants "append after whatever is there": a fact another service recorded
        // meanwhile is no conflict for them, so decide again on the newer stream
        return Uni.createFrom().deferred(() -> pool.withTransaction(tx -> (idempotencyKey == null
                        ? Uni.createFrom().item(java.util.Optional.<StepAppended>empty())
                        : idempotency.find(tx, officer.subject(), idempotencyKey, requestHash))
                        .chain(previous -> previous.isPresent()
                                ? Uni.createFrom().item(previous.get())
                                : decideAndAppend(tx, caseId, step, expectedVersion, officer)
                                .call(answer -> idempotencyKey == null ? Uni.createFrom().voidItem()
                                        : idempotency.remember(tx, officer.subject(), idempotencyKey, caseId,
                                        requestHash, answer)))))
                .onFailure(e -> expectedVersion == null && e instanceof VersionConflictException)
                .retry().withBackOff(java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(200)).withJitter(0.5).atMost(20)
                .invoke(outbox::committed)
                .onFailure(ProblemException.class).call(refused -> refusals.record(officer.agency(), caseId,
                        ((ProblemException) refused).rule(), request == null ? null : request.type()));
    }

    private Uni<StepAppended> decideAndAppend(SqlConnection tx, UUID caseId, CaseEvent step, Long expectedVersion,
                                              Caller officer) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return certificates.registryFor(tx, certificatesIn(step), officers).chain(registry ->
                appendTo(tx, caseId, metadata(officer), now, state -> {
                    officer.requireAgency(state.agency());
                    if (expectedVersion != null && expectedVersion != state.version()) {
                        throw Problems.versionConflict(expectedVersion, state.version());
                    }
                    return CaseDecider.decide(step, state, new StepContext(officer, now, registry, zone, audioVisual,
                            avBlocksClosing));
                }));
    }

    private static List<String> certificatesIn(CaseEvent step) {
        if (step instanceof CaseEvent.InvestigationRecorded i) {
            return i.certificates();
        }
        return step instanceof CaseEvent.EvidenceRecorded e ? e.certificates() : List.of();
    }

    /**
     * L-ARCHIVE: records a fact another service published about a case (an opinion, a publication) into its
     * stream, inside the consumer's transaction, so that it is recorded exactly once.
     */
    public Uni<StepAppended> recordFact(SqlConnection tx, UUID caseId, CaseEvent fact, String fromService) {
        Map<String, String> metadata = Map.of("actor", fromService, "correlationId", Correlation.current());
        return appendTo(tx, caseId, metadata, OffsetDateTime.now(ZoneOffset.UTC), state -> CaseDecider.record(fact, state));
    }

    /** Loads the stream, lets {@code decide} judge it, appends what it returns and queues it for Kafka. */
    private Uni<StepAppended> appendTo(SqlConnection tx, UUID caseId, Map<String, String> metadata, OffsetDateTime now,
                                       java.util.function.Function<CaseState, CaseEvent> decide) {
        return store.load(tx, caseId).chain(events -> {
            CaseState state = CaseDecider.fold(events.stream().map(RecordedEvent::event).toList());
            if (!state.exists()) {
                throw Problems.notFound("case " + caseId);
            }
            CaseEvent decided = decide.apply(state);
            CaseState after = CaseDecider.evolve(state, decided);
            return store.append(tx, caseId, state.version(), List.of(decided), metadata, now)
                    .call(recorded -> outbox.addAll(tx, recorded.stream()
                            .map(r -> cloudEvents.toCloudEvent(r, state.agency())).toList()))
                    .map(recorded -> new StepAppended(caseId, recorded.get(0).version(), recorded.get(0).eventId(),
                            recorded.get(0).event().getClass().getSimpleName(), after.status()));
        });
    }

    public Uni<CaseState> current(UUID caseId) {
        return store.load(caseId).map(events -> CaseDecider.fold(events.stream().map(RecordedEvent::event).toList()));
    }

    private static Map<String, String> metadata(Caller caller) {
        return Map.of("actor", caller.subject(), "agency", String.valueOf(caller.agency()),
                "correlationId", Correlation.current());
    }
}
