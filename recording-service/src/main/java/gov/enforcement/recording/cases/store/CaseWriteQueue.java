package gov.enforcement.recording.cases.store;

import gov.enforcement.recording.cases.domain.CaseEvent;
import gov.enforcement.recording.cases.domain.StepAppended;

import gov.enforcement.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Group commit per case: steps for one case that arrive while an earlier one is being written wait, then
 * are decided in arrival order on the same stream and written in one transaction. A busy case then costs
 * one commit per batch instead of one per step, and its appenders queue instead of failing on versions.
 * With no contention a step is written at once, alone.
 */
public final class CaseWriteQueue {

    static final int MAX_BATCH = 256;

    /** Writes one batch of one case; answers, per step in order, its {@link StepAppended} or the refusal. */
    public interface Writer {
        Uni<List<AppendOutcome>> write(UUID caseId, List<PendingStep> batch);
    }

    /** One caller's step, with everything its decision needs from the request it came in. */
    public record PendingStep(CaseEvent step, Long expectedVersion, String idempotencyKey, String requestHash, Caller officer,
                       Map<String, String> metadata, CompletableFuture<AppendOutcome> outcome) {
    }

    private final Writer writer;
    // guarded by itself: the steps waiting per case; a case is present while a batch of it is being written
    private final Map<UUID, ArrayDeque<PendingStep>> waiting = new HashMap<>();

    public CaseWriteQueue(Writer writer) {
        this.writer = writer;
    }

    public Uni<StepAppended> submit(UUID caseId, PendingStep step) {
        boolean lead;
        synchronized (waiting) {
            ArrayDeque<PendingStep> queue = waiting.get(caseId);
            lead = queue == null;
            if (lead) {
                queue = new ArrayDeque<>();
                waiting.put(caseId, queue);
            }
            queue.add(step);
        }
        if (lead) {
            drain(caseId);
        }
        // answer on the caller's own event loop, not on whichever connection wrote the batch
        Context caller = Vertx.currentContext();
        return Uni.createFrom().<StepAppended>emitter(emitter -> step.outcome().whenComplete((outcome, failure) -> {
            Runnable deliver = () -> {
                if (failure != null) {
                    emitter.fail(failure);
                    return;
                }
                try {
                    emitter.complete(outcome.answer());
                } catch (RuntimeException refused) {
                    emitter.fail(refused);
                }
            };
            if (caller != null) {
                caller.runOnContext(ignored -> deliver.run());
            } else {
                deliver.run();
            }
        }));
    }

    private void drain(UUID caseId) {
        List<PendingStep> batch = new ArrayList<>();
        synchronized (waiting) {
            ArrayDeque<PendingStep> queue = waiting.get(caseId);
            while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
                batch.add(queue.poll());
            }
            if (batch.isEmpty()) {
                waiting.remove(caseId);
                return;
            }
        }
        Uni<List<AppendOutcome>> written;
        try {
            written = writer.write(caseId, batch);
        } catch (RuntimeException e) {
            written = Uni.createFrom().failure(e);
        }
        written.subscribe().with(outcomes -> {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
            drain(caseId);
        }, failure -> {
            batch.forEach(step -> step.outcome().completeExceptionally(failure));
            drain(caseId);
        });
    }
}
