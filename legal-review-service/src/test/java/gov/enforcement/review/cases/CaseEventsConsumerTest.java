package gov.enforcement.review.cases;

import gov.enforcement.testing.CaseEventsConsumerContract;
import gov.enforcement.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class CaseEventsConsumerTest extends CaseEventsConsumerContract {

    @Override
    protected String table() {
        return "review_cases";
    }

    @Override
    protected String path() {
        return "/api/v1/reviews/cases";
    }

    @Override
    protected String role() {
        return "reviewer";
    }
}
