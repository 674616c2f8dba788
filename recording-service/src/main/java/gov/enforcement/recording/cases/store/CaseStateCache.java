package gov.enforcement.recording.cases.store;

import gov.enforcement.recording.cases.domain.CaseDecider;
import gov.enforcement.recording.cases.domain.CaseState;
import gov.enforcement.recording.cases.domain.RecordedEvent;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The last committed state of recently used cases, so that an append or a read folds only the events it
 * has not seen (usually none) instead of the whole stream. Always checked against the database: a state
 * is a starting point, never the answer, so other writers and instances are no concern.
 */
@ApplicationScoped
public class CaseStateCache {

    static final int CAPACITY = 10_000;

    private final CaseStore store;
    // guarded by itself; access order, so the least recently used case goes first
    private final Map<UUID, CaseState> states = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, CaseState> eldest) {
            return size() > CAPACITY;
        }
    };

    public CaseStateCache(CaseStore store) {
        this.store = store;
    }

    /** The case as its stream now stands (inside {@code tx}, or on its own when tx is null). */
    public Uni<CaseState> current(SqlConnection tx, UUID caseId) {
        CaseState known = get(caseId);
        return store.loadAfter(tx, caseId, known.version()).map(newer -> {
            CaseState state = known;
            for (RecordedEvent event : newer) {
                state = CaseDecider.evolve(state, event.event());
            }
            return state;
        });
    }

    /** Remembers a state read from or written to committed rows; an older one never replaces a newer. */
    public void committed(UUID caseId, CaseState state) {
        if (!state.exists()) {
            return;
        }
        synchronized (states) {
            CaseState known = states.get(caseId);
            if (known == null || known.version() < state.version()) {
                states.put(caseId, state);
            }
        }
    }

    private CaseState get(UUID caseId) {
        synchronized (states) {
            return states.getOrDefault(caseId, CaseState.NONE);
        }
    }
}
