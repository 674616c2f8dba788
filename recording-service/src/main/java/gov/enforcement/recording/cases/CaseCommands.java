package gov.enforcement.recording.cases;

import gov.enforcement.platform.correlation.Correlation;
import gov.enforcement.platform.outbox.Outbox;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
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

    public CaseCommands(Pool pool, CaseStore store, CaseNumbers numbers, CaseCloudEvents cloudEvents, Outbox outbox) {
        this.pool = pool;
        this.store = store;
        this.numbers = numbers;
        this.cloudEvents = cloudEvents;
        this.outbox = outbox;
    }

    public Uni<RecordedEvent> register(RegisterCaseRequest request, Caller officer) {
        var problems = request.problems();
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(Problems.invalidFields(problems));
        }
        String agency = request.agency() == null ? officer.agency() : request.agency();
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

    public Uni<CaseState> current(UUID caseId) {
        return store.load(caseId).map(events -> CaseDecider.fold(events.stream().map(RecordedEvent::event).toList()));
    }

    private static Map<String, String> metadata(Caller caller) {
        return Map.of("actor", caller.subject(), "agency", String.valueOf(caller.agency()),
                "correlationId", Correlation.current());
    }
}
