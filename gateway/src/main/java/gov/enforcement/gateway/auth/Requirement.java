package gov.enforcement.gateway.auth;

import java.util.Set;

/** What a request must present at the gateway: nothing, any valid token, or a token with one of some roles. */
public sealed interface Requirement {

    Requirement OPEN = new Open();
    Requirement ANY_CALLER = new AnyCaller();

    /** Whether a caller with these roles passes (the token itself is already known to be valid). */
    boolean admits(Set<String> roles);

    /** Public: no token needed. */
    record Open() implements Requirement {
        @Override
        public boolean admits(Set<String> roles) {
            return true;
        }
    }

    /** A valid token, whatever its roles. */
    record AnyCaller() implements Requirement {
        @Override
        public boolean admits(Set<String> roles) {
            return true;
        }
    }

    /** A valid token carrying at least one of {@code roles}; an empty set admits nobody. */
    record AnyRole(Set<String> roles) implements Requirement {
        @Override
        public boolean admits(Set<String> callerRoles) {
            return callerRoles.stream().anyMatch(roles::contains);
        }
    }
}
