package gov.enforcement.recording.cases;

import gov.enforcement.recording.cases.web.RuleViolationMapper;
import gov.enforcement.recording.cases.domain.CaseDecider;
import gov.enforcement.recording.cases.domain.CaseEvent;
import gov.enforcement.recording.cases.domain.CaseState;
import gov.enforcement.recording.cases.domain.RuleViolation;
import gov.enforcement.recording.cases.domain.StepContext;
import gov.enforcement.recording.cases.messaging.CaseCloudEvents;
import gov.enforcement.recording.cases.store.CaseNumbers;
import gov.enforcement.recording.cases.store.CaseStore;
import gov.enforcement.recording.cases.store.IdempotencyKeys;
import gov.enforcement.recording.cases.web.AppendStepRequest;
import gov.enforcement.recording.cases.web.ImportCasesRequest;
import gov.enforcement.recording.cases.web.RegisterCaseRequest;
import gov.enforcement.recording.cases.web.StepParser;

import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problem.FieldError;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import gov.enforcement.recording.cases.web.ImportCasesRequest.Imported;
import gov.enforcement.recording.cases.web.ImportCasesRequest.ImportedCase;
import gov.enforcement.recording.cases.web.ImportCasesRequest.ImportedStream;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports whole cases at once: every registration and step is checked by the same rules as one by one
 * (X-SEQ, X-TWO, R-TEXT, L-GATE…), and either all of them are recorded, with their outbox rows, or none.
 */
@ApplicationScoped
public class CaseImport {

    public static final int MAX_CASES = 1_000;
    public static final int MAX_EVENTS = 10_000;

    private final Pool pool;
    private final CaseStore store;
    private final CaseNumbers numbers;
    private final CaseCloudEvents cloudEvents;
    private final Outbox outbox;
    private final IdempotencyKeys idempotency;
    private final StepParser parser;
    private final CaseCommands commands;

    public CaseImport(Pool pool, CaseStore store, CaseNumbers numbers, CaseCloudEvents cloudEvents, Outbox outbox,
                      IdempotencyKeys idempotency, StepParser parser, CaseCommands commands) {
        this.pool = pool;
        this.store = store;
        this.numbers = numbers;
        this.cloudEvents = cloudEvents;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.parser = parser;
        this.commands = commands;
    }

    public Uni<Imported> run(ImportCasesRequest request, String idempotencyKey, Caller officer) {
        IdempotencyKeys.requireWellFormed(idempotencyKey);
        officer.requireOwnAgency(); // the cases are numbered and filed under it
        List<ImportedCase> cases = checkForm(request, officer);
        List<List<CaseEvent>> steps = parseSteps(cases);
        String requestHash = idempotencyKey == null ? null : parser.hash(request);
        return pool.withTransaction(tx -> (idempotencyKey == null
                        ? Uni.createFrom().item(Optional.<Imported>empty())
                        : idempotency.find(tx, officer, idempotencyKey, requestHash, Imported.class))
                        .chain(previous -> previous.isPresent() ? Uni.createFrom().item(previous.get())
                                : record(tx, cases, steps, officer).call(imported -> idempotencyKey == null
                                ? Uni.createFrom().voidItem()
                                : idempotency.remember(tx, officer, idempotencyKey,
                                imported.cases().get(0).caseId(), requestHash, imported))))
                .invoke(outbox::committed);
    }

    private Uni<Imported> record(SqlConnection tx, List<ImportedCase> cases, List<List<CaseEvent>> steps, Caller officer) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Set<String> certificatesUsed = new LinkedHashSet<>();
        steps.forEach(list -> list.forEach(step -> certificatesUsed.addAll(CaseCommands.certificatesIn(step))));
        Map<String, String> metadata = CaseCommands.metadata(officer);
        return numbers.reserve(tx, officer.agency(), now, cases.size())
                .chain(caseNumbers -> commands.registryFor(tx, certificatesUsed)
                        .chain(registry -> commands.masterDataFor(tx, officer.agency(), cases.stream()
                                        .map(c -> c.registration().matterCode()).toList(), steps.stream()
                                        .flatMap(List::stream).toList())
                                .map(master -> decideAll(cases, steps, caseNumbers,
                                        commands.stepContext(officer, now, registry, master)))))
                .chain(streams -> store.startMany(tx, streams, metadata, now)
                        .call(recorded -> outbox.addAll(tx, recorded.stream()
                                .map(r -> cloudEvents.toCloudEvent(r, officer.agency())).toList()))
                        .map(recorded -> answer(streams, recorded.size())));
    }

    /** Pure: each case's events as registering and appending them one by one would decide them. */
    static List<List<CaseEvent>> decideAll(List<ImportedCase> cases, List<List<CaseEvent>> steps,
                                           List<String> caseNumbers, StepContext context) {
        List<List<CaseEvent>> streams = new ArrayList<>(cases.size());
        for (int c = 0; c < cases.size(); c++) {
            RegisterCaseRequest registration = cases.get(c).registration();
            List<CaseEvent> events = new ArrayList<>();
            try {
                events.add(CaseDecider.register(registration.toCommand(UUID.randomUUID(), caseNumbers.get(c),
                        context.actor().agency(), context.now(), context.actor().subject()), CaseState.NONE,
                        context.master()));
            } catch (RuleViolation refused) {
                throw RuleViolationMapper.asProblem(refused).with("at", "cases[" + c + "]");
            }
            CaseState state = CaseDecider.fold(events);
            for (int s = 0; s < steps.get(c).size(); s++) {
                CaseEvent decided;
                try {
                    decided = CaseDecider.decideStep(steps.get(c).get(s), state, context);
                } catch (RuleViolation refused) {
                    throw RuleViolationMapper.asProblem(refused).with("at", "cases[" + c + "].steps[" + s + "]");
                }
                state = CaseDecider.evolve(state, decided);
                events.add(decided);
            }
            streams.add(events);
        }
        return streams;
    }

    private static Imported answer(List<List<CaseEvent>> streams, long events) {
        return new Imported(streams.stream().map(stream -> {
            CaseEvent.CaseRegistered first = (CaseEvent.CaseRegistered) stream.get(0);
            return new ImportedStream(first.caseId(), first.caseNumber(), stream.size());
        }).toList(), events);
    }

    /** Size limits and every registration's form problems at once, with their place in the request. */
    private static List<ImportedCase> checkForm(ImportCasesRequest request, Caller officer) {
        if (request == null || request.cases() == null || request.cases().isEmpty()) {
            throw Problems.invalidField("cases", "needs at least one case");
        }
        List<ImportedCase> cases = request.cases();
        long events = cases.size() + cases.stream().filter(c -> c != null).mapToLong(c -> c.stepsOrNone().size()).sum();
        if (cases.size() > MAX_CASES || events > MAX_EVENTS) {
            throw Problems.invalidField("cases", "an import takes at most " + MAX_CASES + " cases and " + MAX_EVENTS
                    + " events (registrations and steps); this one has " + cases.size() + " and " + events);
        }
        List<FieldError> errors = new ArrayList<>();
        for (int c = 0; c < cases.size(); c++) {
            ImportedCase imported = cases.get(c);
            String at = "cases[" + c + "].registration";
            if (imported == null || imported.registration() == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            imported.registration().problems().forEach(e -> errors.add(new FieldError(at + "." + e.field(), e.message())));
            String agency = imported.registration().agency();
            if (agency != null && !agency.equals(officer.agency()) && errors.isEmpty()) {
                throw Problems.forbidden("an officer imports cases of their own agency only (" + at + ".agency)");
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalidFields(errors);
        }
        return cases;
    }

    private List<List<CaseEvent>> parseSteps(List<ImportedCase> cases) {
        List<List<CaseEvent>> parsed = new ArrayList<>(cases.size());
        for (int c = 0; c < cases.size(); c++) {
            List<AppendStepRequest> steps = cases.get(c).stepsOrNone();
            List<CaseEvent> events = new ArrayList<>(steps.size());
            for (int s = 0; s < steps.size(); s++) {
                try {
                    events.add(parser.parse(steps.get(s)));
                } catch (ProblemException invalid) {
                    throw invalid.with("at", "cases[" + c + "].steps[" + s + "]");
                }
            }
            parsed.add(events);
        }
        return parsed;
    }
}
