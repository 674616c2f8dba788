package gov.enforcement.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type this system publishes, mapped in one place: type names are never class names. */
public final class EventTypes {

    public static final EventType CASE_REGISTERED = caseEvent("CaseRegistered");

    public static final List<EventType> ALL = List.of(CASE_REGISTERED);

    private static final Map<String, EventType> BY_TYPE_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));

    private EventTypes() {
    }

    /** The registered type of that name; empty for an unknown or absent name (immutable maps reject a null key). */
    public static Optional<EventType> find(String typeName) {
        return typeName == null ? Optional.empty() : Optional.ofNullable(BY_TYPE_NAME.get(typeName));
    }

    private static EventType caseEvent(String name) {
        return new EventType("case", name, 1, Topics.CASE_EVENTS);
    }
}
