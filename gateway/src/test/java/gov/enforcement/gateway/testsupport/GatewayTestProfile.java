package gov.enforcement.gateway.testsupport;

import gov.enforcement.testing.JwtKeysResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The test profile: the test key pair, three fake services up, dev tokens off (as in every profile but dev). */
public class GatewayTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(JwtKeysResource.class), new TestResourceEntry(FakeServices.class, fakeServicesArgs()));
    }

    /** Arguments for {@link FakeServices}; a profile overrides this to take a service down. */
    protected Map<String, String> fakeServicesArgs() {
        return Map.of();
    }
}
