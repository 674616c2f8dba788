package gov.enforcement.recording.cases.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * X-SEQ for one procedure: a rule for every kind of case event, keyed by its type. The table is complete by
 * construction — {@link Builder#build} refuses a table that leaves any permitted {@link CaseEvent} out — so a new
 * event has to be placed in every procedure (or declared outside it) before anything compiles into a running service.
 */
public final class ProcedureTable {

    private final Procedure procedure;
    private final Map<Class<? extends CaseEvent>, StepRule> rules;

    private ProcedureTable(Procedure procedure, Map<Class<? extends CaseEvent>, StepRule> rules) {
        this.procedure = procedure;
        this.rules = rules;
    }

    public Procedure procedure() {
        return procedure;
    }

    /** The rule of this step type here; every type has one. */
    public StepRule ruleFor(Class<? extends CaseEvent> type) {
        return rules.get(type);
    }

    /** The step types of this procedure, in the order its table names them. */
    public List<Class<? extends CaseEvent>> steps() {
        return rules.entrySet().stream().filter(e -> e.getValue().inProcedure()).<Class<? extends CaseEvent>>map(Map.Entry::getKey).toList();
    }

    /** Every event type the table has a rule for (all of them, once built). */
    Set<Class<? extends CaseEvent>> covered() {
        return rules.keySet();
    }

    static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** Every kind of case event; the sealed interfaces are the one list of them. */
    public static List<Class<? extends CaseEvent>> allEventTypes() {
        List<Class<? extends CaseEvent>> all = new java.util.ArrayList<>();
        collect(CaseEvent.class, all);
        return List.copyOf(all);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Class<?> sealed, List<Class<? extends CaseEvent>> into) {
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                collect(permitted, into); // a procedure's own family of events
            } else {
                into.add((Class<? extends CaseEvent>) permitted);
            }
        }
    }

    /** Builds a table; a later rule for the same step replaces the earlier, so a procedure can start from another. */
    static final class Builder {

        private final Map<Class<? extends CaseEvent>, StepRule> rules;

        private Builder(Map<Class<? extends CaseEvent>, StepRule> rules) {
            this.rules = rules;
        }

        Builder step(Class<? extends CaseEvent> type, StepRule rule) {
            rules.put(type, rule);
            return this;
        }

        @SafeVarargs
        final Builder without(Class<? extends CaseEvent>... types) {
            for (Class<? extends CaseEvent> type : types) {
                rules.put(type, StepRule.NOT_IN_PROCEDURE);
            }
            return this;
        }

        /** A copy to build another procedure on. */
        Builder copy() {
            return new Builder(new LinkedHashMap<>(rules));
        }

        ProcedureTable build(Procedure procedure) {
            Set<String> missing = allEventTypes().stream().filter(type -> !rules.containsKey(type))
                    .map(type -> CaseEventTypes.typeOf(type).name()).collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!missing.isEmpty()) {
                throw new IllegalStateException("procedure " + procedure + " has no rule for " + missing);
            }
            return new ProcedureTable(procedure, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules)));
        }
    }
}
