package gov.enforcement.recording.cases;

import gov.enforcement.events.EventType;
import gov.enforcement.events.EventTypes;

import java.util.Map;

/** Which published event type each case event class is; the only place the two are tied. */
final class CaseEventTypes {

    private static final Map<Class<? extends CaseEvent>, EventType> TYPES = Map.of(
            CaseEvent.CaseRegistered.class, EventTypes.CASE_REGISTERED);

    private CaseEventTypes() {
    }

    static EventType of(CaseEvent event) {
        EventType type = TYPES.get(event.getClass());
        if (type == null) {
            throw new IllegalStateException("no published type for " + event.getClass().getSimpleName());
        }
        return type;
    }

    static Class<? extends CaseEvent> classOf(String typeName) {
        return TYPES.entrySet().stream().filter(e -> e.getValue().typeName().equals(typeName))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown case event type " + typeName));
    }
}
