package gov.enforcement.recording.cases;

import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static gov.enforcement.recording.cases.CaseStepsResourceTest.INVESTIGATOR;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.append;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.investigation;
import static gov.enforcement.recording.cases.CaseStepsResourceTest.newCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
@DisplayName("R-TAMPER: an append answers with the event's index in the audit log")
class AppendLogIndexTest {

    @Test
    @DisplayName("the answer's logIndex is the leaf the log gave the event, with a link to that leaf")
    void appendAnswersItsLogIndex() {
        String caseId = newCase();
        Response answer = append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation());
        answer.then().statusCode(201);
        String eventId = answer.path("eventId");
        Number logIndex = answer.path("logIndex");
        assertEquals(TestDatabase.text("select leaf_index::text from audit_leaves where ref_id = '" + eventId + "'"),
                String.valueOf(logIndex.longValue()));
        assertTrue(answer.header("Link").contains("</api/v1/audit/leaves/" + eventId + ">; rel=\"log-leaf\""), answer.header("Link"));
    }

    @Test
    @DisplayName("appends of many cases at once each get their own index, none twice")
    void concurrentAppendsGetDistinctIndexes() {
        List<CompletableFuture<Long>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String caseId = newCase();
            answers.add(CompletableFuture.supplyAsync(() -> {
                Response answer = append(INVESTIGATOR, caseId, "InvestigationRecorded", investigation());
                answer.then().statusCode(201);
                return ((Number) answer.path("logIndex")).longValue();
            }));
        }
        List<Long> indexes = answers.stream().map(CompletableFuture::join).toList();
        assertEquals(indexes.size(), new HashSet<>(indexes).size(), indexes.toString());
    }
}
