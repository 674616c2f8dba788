package gov.enforcement.recording.cases;

import gov.enforcement.recording.cases.web.RuleViolationMapper;
import gov.enforcement.recording.cases.domain.Actor;
import gov.enforcement.recording.cases.store.AppendOutcome;
import gov.enforcement.recording.cases.domain.AudioVisualCatalogue;
import gov.enforcement.recording.cases.domain.CaseDecider;
import gov.enforcement.recording.cases.domain.CaseEvent;
import gov.enforcement.recording.cases.domain.CaseEventTypes;
import gov.enforcement.recording.cases.domain.CaseState;
import gov.enforcement.recording.cases.domain.CaseStatus;
import gov.enforcement.recording.cases.domain.MasterData;
import gov.enforcement.recording.cases.domain.OfficerRegistry;
import gov.enforcement.recording.cases.domain.RecordedEvent;
import gov.enforcement.recording.cases.domain.RuleViolation;
import gov.enforcement.recording.cases.domain.StepAppended;
import gov.enforcement.recording.cases.domain.StepContext;
import gov.enforcement.recording.cases.messaging.CaseCloudEvents;
import gov.enforcement.recording.cases.store.CaseNumbers;
import gov.enforcement.recording.cases.store.CaseStateCache;
import gov.enforcement.recording.cases.store.CaseStore;
import gov.enforcement.recording.cases.store.CaseWriteQueue;
import gov.enforcement.recording.cases.store.IdempotencyKeys;
import gov.enforcement.recording.cases.store.MasterDataRegistry;
import gov.enforcement.recording.cases.store.OfficerCertificates;
import gov.enforcement.recording.cases.web.AppendStepRequest;
import gov.enforcement.recording.cases.web.CaseResource;
import gov.enforcement.recording.cases.web.RegisterCaseRequest;
import gov.enforcement.recording.cases.web.StepParser;
import gov.enforcement.recording.cases.web.StepSchemas;

import gov.enforcement.platform.correlation.Correlation;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.problem.VersionConflictException;
import gov.enforcement.platform.security.Caller;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private final MasterDataRegistry masterData;
    private final OfficerRegistry officers;
    private final ZoneId zone;
    private final AudioVisualCatalogue audioVisual;
    private final boolean avBlocksClosing;
    private final CaseStateCache stateCache;
    private final StepContext.OnTheSpotLimits onTheSpot;
    private final CaseWriteQueue writeQueue = new CaseWriteQueue(this::writeBatch);

    public CaseCommands(Pool pool, CaseStore store, CaseNumbers numbers, CaseCloudEvents cloudEvents, Outbox outbox,
                        IdempotencyKeys idempotency, StepParser parser, CaseNumbers.Config numbering,
                        gov.enforcement.recording.analysis.Refusals refusals, OfficerCertificates certificates,
                        MasterDataRegistry masterData, CaseStateCache stateCache,
                        @ConfigProperty(name = "recording.officers.seed", defaultValue = " ") String officerSeed,
                        @ConfigProperty(name = "recording.av.required", defaultValue = " ") String avCatalogue,
                        @ConfigProperty(name = "recording.av.block-closing", defaultValue = "false") boolean avBlocksClosing,
                        @ConfigProperty(name = "recording.on-the-spot.max-fine.person", defaultValue = "200") java.math.BigDecimal onTheSpotPerson,
                        @ConfigProperty(name = "recording.on-the-spot.max-fine.organisation", defaultValue = "3000") java.math.BigDecimal onTheSpotOrganisation) {
        this.pool = pool;
        this.store = store;
        this.numbers = numbers;
        this.cloudEvents = cloudEvents;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.parser = parser;
        this.refusals = refusals;
        this.certificates = certificates;
        this.masterData = masterData;
        this.officers = OfficerRegistry.parse(officerSeed);
        this.zone = ZoneId.of(numbering.zone());
        this.audioVisual = AudioVisualCatalogue.parse(avCatalogue);
        this.avBlocksClosing = avBlocksClosing;
        this.stateCache = stateCache;
        this.onTheSpot = new StepContext.OnTheSpotLimits(onTheSpotPerson, onTheSpotOrganisation);
    }

    /** The officers' certificates among {@code used}, as the registry and the database know them (X-TWO). */
    Uni<OfficerRegistry> registryFor(SqlConnection tx, java.util.Collection<String> used) {
        return certificates.registryFor(tx, List.copyOf(used), officers);
    }

    /** The registries' master data of {@code agency} that these matter codes and steps name (P-MASTER). */
    Uni<MasterData> masterDataFor(SqlConnection tx, String agency, java.util.Collection<String> matterCodes,
                                  List<CaseEvent> steps) {
        return masterData.load(tx, agency, matterCodes)
                .chain(matters -> masterData.withBenchmarks(tx, matters, agency, benchmarksCitedIn(steps)));
    }

    /** What the decider needs besides the step and the state: who, when, and the rules' configuration. */
    StepContext stepContext(Caller officer, OffsetDateTime now, OfficerRegistry registry) {
        return stepContext(officer, now, registry, MasterData.NONE);
    }

    StepContext stepContext(Caller officer, OffsetDateTime now, OfficerRegistry registry, MasterData master) {
        return new StepContext(new Actor(officer.subject(), officer.agency(), officer.certificate()), now, registry, zone, audioVisual, avBlocksClosing, onTheSpot,
                StepContext.SHIPPED_CALENDAR, master);
    }

    /** Today in the agencies' time zone: what running limits are measured against. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(zone);
    }

    /** The audio-visual catalogue in force, so that reads can flag what is missing. */
    public AudioVisualCatalogue audioVisual() {
        return audioVisual;
    }

    /** Registers a case; a retry with the same Idempotency-Key answers the first registration. */
    public Uni<CaseResource.Registered> register(RegisterCaseRequest request, String idempotencyKey, Caller officer) {
        IdempotencyKeys.requireWellFormed(idempotencyKey);
        var problems = request.problems();
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(Problems.invalidFields(problems));
        }
        String agency = request.agency() == null ? officer.requireOwnAgency() : request.agency();
        if (!agency.equals(officer.agency())) {
            return Uni.createFrom().failure(Problems.forbidden("an officer registers cases of their own agency only"));
        }
        String requestHash = idempotencyKey == null ? null : parser.hash(request);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID caseId = UUID.randomUUID();
        return pool.withTransaction(tx -> (idempotencyKey == null
                        ? Uni.createFrom().item(java.util.Optional.<CaseResource.Registered>empty())
                        : idempotency.find(tx, officer, idempotencyKey, requestHash, CaseResource.Registered.class))
                        .chain(previous -> previous.isPresent() ? Uni.createFrom().item(previous.get())
                                : masterData.load(tx, agency, java.util.Collections.singletonList(request.matterCode()))
                                .chain(master -> numbers.next(tx, agency, now)
                                        .map(caseNumber -> CaseDecider.register(request.toCommand(caseId, caseNumber,
                                                agency, now, officer.subject()), CaseState.NONE, master)))
                                .chain(registered -> store.start(tx, registered, metadata(officer)))
                                .call(recorded -> outbox.add(tx, cloudEvents.toCloudEvent(recorded, agency)))
                                .map(recorded -> new CaseResource.Registered(recorded.caseId(),
                                        ((CaseEvent.CaseRegistered) recorded.event()).caseNumber(), recorded.version(),
                                        recorded.eventId()))
                                .call(registered -> idempotencyKey == null ? Uni.createFrom().voidItem()
                                        : idempotency.remember(tx, officer, idempotencyKey, caseId,
                                        requestHash, registered))))
                .invoke(outbox::committed);
    }

    /**
     * Appends one officer step: decided on the stream as it is, written only if nobody appended meanwhile
     * ({@code expectedVersion}, from If-Match), answered once per Idempotency-Key. Steps racing for one case
     * are queued and written together ({@link CaseWriteQueue}).
     */
    public Uni<StepAppended> append(UUID caseId, AppendStepRequest request, Long expectedVersion, String idempotencyKey,
                                    Caller officer) {
        IdempotencyKeys.requireWellFormed(idempotencyKey);
        CaseEvent step = parser.parse(request);
        String requestHash = parser.hash(caseId, request, expectedVersion);
        return submit(caseId, step, expectedVersion, idempotencyKey, requestHash, officer, request.type());
    }

    /**
     * R-AV: records the metadata of content the server has just stored and hashed. The only way to an
     * AudioVisualRecorded step: {@link StepParser} refuses it as a plain step, whose hash nobody computed.
     */
    public Uni<StepAppended> appendUpload(UUID caseId, ObjectNode metadata, Caller officer) {
        CaseEvent step = parser.parseUpload(metadata);
        return submit(caseId, step, null, null, null, officer, "AudioVisualRecorded");
    }

    /** R-AV: the upload's metadata against the published schema, before any byte of content is stored. */
    public static void requireValidUpload(ObjectNode metadata) {
        StepSchemas.requireValid(CaseEvent.AudioVisualRecorded.class, metadata);
    }

    private Uni<StepAppended> submit(UUID caseId, CaseEvent step, Long expectedVersion, String idempotencyKey,
                                     String requestHash, Caller officer, String type) {
        return writeQueue.submit(caseId, new CaseWriteQueue.PendingStep(step, expectedVersion, idempotencyKey,
                        requestHash, officer, metadata(officer), new java.util.concurrent.CompletableFuture<>()))
                .onFailure(ProblemException.class).call(refused -> refusals.record(officer.agency(), caseId,
                        ((ProblemException) refused).rule(), type));
    }

    /** One batch of one case in one transaction; a concurrent writer elsewhere makes it decide again. */
    private Uni<List<AppendOutcome>> writeBatch(UUID caseId, List<CaseWriteQueue.PendingStep> batch) {
        return Uni.createFrom().deferred(() -> pool.withTransaction(tx -> decideBatch(tx, caseId, batch)))
                .onFailure(VersionConflictException.class)
                .retry().withBackOff(java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(200)).withJitter(0.5).atMost(20)
                .invoke(written -> {
                    stateCache.committed(caseId, written.after());
                    outbox.committed();
                })
                .map(BatchWritten::outcomes);
    }

    private record BatchWritten(List<AppendOutcome> outcomes, CaseState after) {
    }

    private Uni<BatchWritten> decideBatch(SqlConnection tx, UUID caseId, List<CaseWriteQueue.PendingStep> batch) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        List<Caller> actors = new java.util.ArrayList<>();
        List<String> keys = new java.util.ArrayList<>();
        for (CaseWriteQueue.PendingStep pending : batch) {
            used.addAll(certificatesIn(pending.step()));
            if (pending.idempotencyKey() != null) {
                actors.add(pending.officer());
                keys.add(pending.idempotencyKey());
            }
        }
        return registryFor(tx, used)
                .chain(registry -> idempotency.findAll(tx, actors, keys)
                        .chain(stored -> stateCache.current(tx, caseId)
                                .chain(state -> masterData.withBenchmarks(tx, MasterData.NONE, state.agency(),
                                                benchmarksCitedIn(batch.stream().map(CaseWriteQueue.PendingStep::step).toList()))
                                        .chain(master -> write(tx, caseId, batch, state, stored, registry, master, now)))));
    }

    /** P-MASTER: the discretion benchmarks the batch's drafts cite, loaded so that the decider stays pure. */
    private static List<String> benchmarksCitedIn(List<CaseEvent> steps) {
        return steps.stream().filter(CaseEvent.DecisionDrafted.class::isInstance)
                .map(step -> ((CaseEvent.DecisionDrafted) step).discretionBenchmarkCode())
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Decides each step in order on the state the ones before it left, then writes the accepted ones. */
    private Uni<BatchWritten> write(SqlConnection tx, UUID caseId, List<CaseWriteQueue.PendingStep> batch,
                                    CaseState state, Map<String, IdempotencyKeys.Stored> stored,
                                    OfficerRegistry registry, MasterData master, OffsetDateTime now) {
        AppendOutcome[] outcomes = new AppendOutcome[batch.size()];
        if (!state.exists()) {
            java.util.Arrays.fill(outcomes, new AppendOutcome.Refused(Problems.notFound("case " + caseId)));
            return Uni.createFrom().item(new BatchWritten(List.of(outcomes), state));
        }
        Map<String, IdempotencyKeys.Stored> answered = new java.util.HashMap<>(stored);
        List<CaseEvent> decided = new java.util.ArrayList<>();
        List<Map<String, String>> metadata = new java.util.ArrayList<>();
        List<Integer> decidedFor = new java.util.ArrayList<>();
        List<CaseStatus> statusAfter = new java.util.ArrayList<>();
        CaseState current = state;
        for (int i = 0; i < batch.size(); i++) {
            CaseWriteQueue.PendingStep pending = batch.get(i);
            String key = pending.idempotencyKey() == null ? null
                    : IdempotencyKeys.id(pending.officer(), pending.idempotencyKey());
            IdempotencyKeys.Stored earlier = key == null ? null : answered.get(key);
            if (earlier != null) {
                if (!earlier.requestHash().equals(pending.requestHash())) {
                    outcomes[i] = new AppendOutcome.Refused(Problems.conflict("Idempotency-Key " + pending.idempotencyKey()
                            + " was used for a different request"));
                } else if (earlier.answer() != null) {
                    outcomes[i] = new AppendOutcome.Replayed(earlier.answer());
                } // else its first use is in this batch: it gets that answer once written, below
                continue;
            }
            try {
                pending.officer().requireWritable(current.agency());
                if (pending.expectedVersion() != null && pending.expectedVersion() != current.version()) {
                    throw Problems.versionConflict(pending.expectedVersion(), current.version());
                }
                CaseEvent event = CaseDecider.decideStep(pending.step(), current, stepContext(pending.officer(), now, registry, master));
                current = CaseDecider.evolve(current, event);
                decided.add(event);
                metadata.add(pending.metadata());
                decidedFor.add(i);
                statusAfter.add(current.status());
                if (key != null) {
                    answered.put(key, new IdempotencyKeys.Stored(pending.requestHash(), null)); // filled below
                }
            } catch (RuleViolation refused) {
                outcomes[i] = new AppendOutcome.Refused(RuleViolationMapper.asProblem(refused));
            } catch (ProblemException refused) {
                outcomes[i] = new AppendOutcome.Refused(refused);
            }
        }
        CaseState after = current;
        if (decided.isEmpty()) {
            return Uni.createFrom().item(new BatchWritten(List.of(outcomes), state));
        }
        return store.appendAll(tx, caseId, state.version(), decided, metadata, now)
                .call(recorded -> outbox.addAll(tx, recorded.stream()
                        .map(r -> cloudEvents.toCloudEvent(r, state.agency())).toList()))
                .chain(recorded -> {
                    Uni<Void> remembered = Uni.createFrom().voidItem();
                    for (int d = 0; d < recorded.size(); d++) {
                        RecordedEvent r = recorded.get(d);
                        int i = decidedFor.get(d);
                        StepAppended answer = new StepAppended(caseId, r.version(), r.eventId(),
                                CaseEventTypes.of(r.event()).name(), statusAfter.get(d));
                        outcomes[i] = new AppendOutcome.Appended(answer);
                        CaseWriteQueue.PendingStep pending = batch.get(i);
                        if (pending.idempotencyKey() != null) {
                            answered.put(IdempotencyKeys.id(pending.officer(), pending.idempotencyKey()),
                                    new IdempotencyKeys.Stored(pending.requestHash(), answer));
                            remembered = remembered.chain(() -> idempotency.remember(tx, pending.officer(),
                                    pending.idempotencyKey(), caseId, pending.requestHash(), answer));
                        }
                    }
                    // a repeated key inside this batch answers what its first use was just given
                    for (int i = 0; i < outcomes.length; i++) {
                        CaseWriteQueue.PendingStep pending = batch.get(i);
                        if (outcomes[i] == null && pending.idempotencyKey() != null) {
                            outcomes[i] = new AppendOutcome.Replayed(answered.get(IdempotencyKeys.id(pending.officer(),
                                    pending.idempotencyKey())).answer());
                        }
                    }
                    return remembered.replaceWith(new BatchWritten(java.util.Arrays.asList(outcomes), after));
                });
    }

    static List<String> certificatesIn(CaseEvent step) {
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
        return stateCache.current(tx, caseId).chain(state -> {
            if (!state.exists()) {
                throw Problems.notFound("case " + caseId);
            }
            CaseEvent decided;
            try {
                decided = decide.apply(state);
            } catch (RuleViolation refused) {
                throw RuleViolationMapper.asProblem(refused);
            }
            CaseState after = CaseDecider.evolve(state, decided);
            return store.append(tx, caseId, state.version(), List.of(decided), metadata, now)
                    .call(recorded -> outbox.addAll(tx, recorded.stream()
                            .map(r -> cloudEvents.toCloudEvent(r, state.agency())).toList()))
                    .map(recorded -> new StepAppended(caseId, recorded.get(0).version(), recorded.get(0).eventId(),
                            CaseEventTypes.of(recorded.get(0).event()).name(), after.status()));
        });
    }

    public Uni<CaseState> current(UUID caseId) {
        return stateCache.current(null, caseId).invoke(state -> stateCache.committed(caseId, state));
    }

    static Map<String, String> metadata(Caller caller) {
        return Map.of("actor", caller.subject(), "agency", String.valueOf(caller.agency()),
                "correlationId", Correlation.current());
    }
}
