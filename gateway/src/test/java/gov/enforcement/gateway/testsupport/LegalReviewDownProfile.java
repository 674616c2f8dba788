package gov.enforcement.gateway.testsupport;

import java.util.Map;

/** The legal-review service is not running; the other two are. */
public class LegalReviewDownProfile extends GatewayTestProfile {

    @Override
    protected Map<String, String> fakeServicesArgs() {
        return Map.of(FakeServices.DOWN, "legal-review");
    }
}
