package gov.enforcement.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTypesTest {

    private static final Pattern TYPE_NAME =
            Pattern.compile("^gov\\.enforcement\\.[a-z][a-z0-9-]*\\.[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*$");

    static List<EventType> types() {
        return EventTypes.ALL;
    }

    @Test
    void typeNamesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (EventType type : EventTypes.ALL) {
            assertTrue(seen.add(type.typeName()), "registered twice: " + type.typeName());
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void typeNameIsWellFormed(EventType type) {
        assertTrue(TYPE_NAME.matcher(type.typeName()).matches(), type.typeName());
        assertEquals("gov.enforcement." + type.family() + "." + type.name() + ".v" + type.version(), type.typeName());
    }

    @ParameterizedTest
    @MethodSource("types")
    void typeTravelsOnAKnownTopic(EventType type) {
        assertTrue(Topics.ALL.contains(type.topic()), type.typeName() + " on " + type.topic());
    }

    @ParameterizedTest
    @MethodSource("types")
    void lookupFindsEveryRegisteredType(EventType type) {
        assertEquals(Optional.of(type), EventTypes.find(type.typeName()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"gov.enforcement.case.CaseRegistered.v99", "CaseRegistered",
            "gov.enforcement.case.CaseRegistered", "GOV.ENFORCEMENT.CASE.CASEREGISTERED.V1"})
    void unknownNameIsEmpty(String typeName) {
        assertEquals(Optional.empty(), EventTypes.find(typeName));
    }

    @Test
    void envelopeKnowsItsRegisteredType() {
        CloudEvent event = CloudEvent.of(EventTypes.CASE_REGISTERED, "b685cfd4-5fd7-455b-b0a8-6f049fb01830")
                .source("/recording-service")
                .data(null);
        assertEquals(Optional.of(EventTypes.CASE_REGISTERED), event.knownType());
    }

    @Test
    void everyTypeConstantIsRegistered() throws IllegalAccessException {
        // the contract tests cover ALL only: a constant left out of ALL would escape them
        for (Field field : EventTypes.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == EventType.class && Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers)) {
                assertTrue(EventTypes.ALL.contains((EventType) field.get(null)), field.getName() + " is not in ALL");
            }
        }
    }

    @Test
    void topicsAndTheirDeadLettersAreDistinct() {
        assertEquals(4, new HashSet<>(Topics.ALL).size());
        assertEquals("enforcement.case-events.dlq", Topics.deadLetter(Topics.CASE_EVENTS));
        assertTrue(Topics.ALL.stream().map(Topics::deadLetter).noneMatch(Topics.ALL::contains));
    }
}
