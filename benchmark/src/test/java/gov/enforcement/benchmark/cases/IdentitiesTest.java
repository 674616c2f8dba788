package gov.enforcement.benchmark.cases;

import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.identity.ResidentIdNumber;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated parties pass the services' own validation (else registrations would answer 400). */
class IdentitiesTest {

    @Test
    void generatedIdentitiesAreValid() {
        for (long seed = -500; seed < 5_000; seed += 7) {
            assertTrue(ResidentIdNumber.isValid(Identities.residentId(seed)), Identities.residentId(seed));
            assertTrue(CreditCode.isValid(Identities.creditCode(seed)), Identities.creditCode(seed));
        }
    }
}
